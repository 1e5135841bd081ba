using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>Reads one whole text message (frames joined) as JSON.</summary>
internal static class WebSocketText
{
    public static async Task<JsonNode> ReceiveJsonAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var part = await socket.ReceiveAsync(buffer, cancellationToken);
            if (part.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The kernel's WebSocket closed.");
            }

            message.Write(buffer, 0, part.Count);
            if (part.EndOfMessage)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length))!;
            }
        }
    }
}
