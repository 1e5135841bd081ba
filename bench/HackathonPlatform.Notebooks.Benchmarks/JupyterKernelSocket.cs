using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Benchmarks;

/// <summary>A Jupyter kernel's /channels WebSocket (messaging protocol 5.3, JSON frames): execute and wait for the reply.</summary>
internal sealed class JupyterKernelSocket(ClientWebSocket socket) : IDisposable
{
    private readonly string _session = Guid.NewGuid().ToString("N");

    public static async Task<JupyterKernelSocket> ConnectAsync(Uri uri, string token, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"token {token}");
        await socket.ConnectAsync(uri, cancellationToken);
        return new JupyterKernelSocket(socket);
    }

    /// <summary>Runs code; returns the text/plain of its execute_result (null when none) once the request is complete.</summary>
    public async Task<string?> ExecuteAsync(string code, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var message = new JsonObject
        {
            ["header"] = new JsonObject { ["msg_id"] = id, ["username"] = "bench", ["session"] = _session, ["msg_type"] = "execute_request", ["version"] = "5.3", ["date"] = DateTimeOffset.UtcNow.ToString("O") },
            ["parent_header"] = new JsonObject(),
            ["metadata"] = new JsonObject(),
            ["content"] = new JsonObject { ["code"] = code, ["silent"] = false, ["store_history"] = true, ["user_expressions"] = new JsonObject(), ["allow_stdin"] = false, ["stop_on_error"] = true },
            ["channel"] = "shell",
            ["buffers"] = new JsonArray(),
        };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        // shell and iopub are separate channels with no order between them: done means both the
        // execute_reply and the iopub "idle" status (sent after every output of the request) arrived.
        string? result = null;
        var (replied, idle) = (false, false);
        while (!(replied && idle))
        {
            var reply = await WebSocketText.ReceiveJsonAsync(socket, cancellationToken);
            if (reply["parent_header"]?["msg_id"]?.GetValue<string>() != id)
            {
                continue;
            }

            switch (reply["header"]?["msg_type"]?.GetValue<string>())
            {
                case "execute_result":
                    result = reply["content"]?["data"]?["text/plain"]?.GetValue<string>();
                    break;
                case "status":
                    idle |= reply["content"]?["execution_state"]?.GetValue<string>() == "idle";
                    break;
                case "execute_reply":
                    replied = reply["content"]?["status"]?.GetValue<string>() == "ok" ? true : throw new InvalidOperationException($"Python cell failed: {reply["content"]}");
                    break;
            }
        }

        return result;
    }

    public void Dispose() => socket.Dispose();
}
