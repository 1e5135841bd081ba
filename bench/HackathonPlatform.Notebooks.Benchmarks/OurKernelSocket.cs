using System.Net.WebSockets;
using System.Text;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>Our kernel protocol over the server's WebSocket, as the browser uses it.</summary>
internal sealed class OurKernelSocket(ClientWebSocket socket) : IDisposable
{
    private int _count;

    public static async Task<OurKernelSocket> ConnectAsync(Uri uri, string? token, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        if (token is not null)
        {
            socket.Options.SetRequestHeader("Authorization", $"token {token}");
        }

        await socket.ConnectAsync(uri, cancellationToken);
        return new OurKernelSocket(socket);
    }

    /// <summary>Runs code; returns the text/plain of its value (null when none) once the command succeeded.</summary>
    public async Task<string?> ExecuteAsync(string code, CancellationToken cancellationToken)
    {
        var token = $"bench-{++_count}";
        await socket.SendAsync(Encoding.UTF8.GetBytes(KernelProtocol.Serialize(new SubmitCode(token, code))), WebSocketMessageType.Text, true, cancellationToken);
        string? result = null;
        while (true)
        {
            var kernelEvent = await WebSocketText.ReceiveJsonAsync(socket, cancellationToken);
            if (kernelEvent["commandToken"]?.GetValue<string>() != token)
            {
                continue;
            }

            switch (kernelEvent["type"]?.GetValue<string>())
            {
                case "ReturnValueProduced":
                    result = kernelEvent["formattedValues"]?.AsArray().FirstOrDefault(v => v?["mimeType"]?.GetValue<string>() == "text/plain")?["value"]?.GetValue<string>();
                    break;
                case "CommandSucceeded":
                    return result;
                case "CommandFailed":
                    throw new InvalidOperationException($"C# cell failed: {kernelEvent}");
            }
        }
    }

    public void Dispose() => socket.Dispose();
}
