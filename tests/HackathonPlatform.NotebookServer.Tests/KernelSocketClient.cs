using System.Net.WebSockets;
using System.Text;
using HackathonPlatform.Notebooks.Kernels;

namespace HackathonPlatform.NotebookServer.Tests;

/// <summary>A browser's side of a kernel WebSocket: send commands, read events until one command ends.</summary>
internal sealed class KernelSocketClient(ClientWebSocket socket) : IDisposable
{
    public static async Task<KernelSocketClient> ConnectAsync(ServerFixture server, string kernelId)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"token {ServerFixture.Token}");
        var uri = new Uri($"ws://127.0.0.1:{server.Port}{ServerFixture.BasePath}api/kernels/{kernelId}/channels");
        await socket.ConnectAsync(uri, CancellationToken.None);
        return new KernelSocketClient(socket);
    }

    public Task SendAsync(KernelCommand command) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(KernelProtocol.Serialize(command)), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<List<KernelEvent>> ReadUntilDoneAsync(string token)
    {
        var events = new List<KernelEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var kernelEvent = await ReceiveAsync(timeout.Token);
            if (kernelEvent.CommandToken != token)
            {
                continue;
            }

            events.Add(kernelEvent);
            if (kernelEvent is CommandSucceeded or CommandFailed)
            {
                return events;
            }
        }
    }

    public async Task<KernelEvent> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 20];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return KernelProtocol.DeserializeEvent(Encoding.UTF8.GetString(message.ToArray()));
    }

    public void Dispose() => socket.Dispose();
}
