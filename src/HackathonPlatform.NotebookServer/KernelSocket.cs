using System.Net.WebSockets;
using System.Text;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer;

/// <summary>
/// The WebSocket of one kernel. The client sends kernel commands as text messages in the kernel
/// protocol (SubmitCode, InterruptKernel); the server answers with protocol events, streamed as they
/// happen and carrying the client's command token.
/// </summary>
public static class KernelSocket
{
    public static async Task RunAsync(string id, HttpContext context, KernelManager manager, ActivityTracker activity)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (manager.Find(id) is not { } kernel)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var sending = new SemaphoreSlim(1, 1);
        var running = new List<Task>();
        while (await ReceiveAsync(socket, context.RequestAborted) is { } message)
        {
            activity.Touch();
            KernelCommand command;
            try
            {
                command = KernelProtocol.DeserializeCommand(message);
            }
            catch (KernelProtocolException ex)
            {
                await SendAsync(socket, sending, new CommandFailed("", "ProtocolError", ex.Message, []));
                continue;
            }

            switch (command)
            {
                case SubmitCode submit:
                    running.Add(StreamAsync(socket, sending, kernel.Process, submit, activity));
                    break;
                case InterruptKernel interrupt:
                    await kernel.Process.InterruptAsync();
                    await SendAsync(socket, sending, new CommandSucceeded(interrupt.Token));
                    break;
                default:
                    await SendAsync(socket, sending, new CommandFailed(command.Token, "NotSupported", "Use DELETE /api/kernels/{id} to shut a kernel down.", []));
                    break;
            }

            running.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(running);
    }

    private static async Task StreamAsync(WebSocket socket, SemaphoreSlim sending, KernelProcess kernel, SubmitCode submit, ActivityTracker activity)
    {
        await foreach (var kernelEvent in kernel.ExecuteAsync(submit.Code, submit.CellId))
        {
            activity.Touch();
            await SendAsync(socket, sending, kernelEvent with { CommandToken = submit.Token });
        }
    }

    private static async Task SendAsync(WebSocket socket, SemaphoreSlim sending, KernelEvent kernelEvent)
    {
        if (socket.State != WebSocketState.Open)
        {
            return; // The browser left; the cell still runs and its outputs are dropped.
        }

        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(KernelProtocol.Serialize(kernelEvent)), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Closed while sending: same as above.
        }
        finally
        {
            sending.Release();
        }
    }

    private static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > 16 * 1024 * 1024)
                {
                    return null; // A cell of more than 16 MB is not a cell.
                }

                if (result.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(message.ToArray());
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            return null;
        }
    }
}
