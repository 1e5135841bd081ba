using System.Text.Json;
using System.Text.Json.Serialization;

namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>
/// The line-delimited JSON encoding of commands and events: one compact JSON object per line
/// (newlines inside strings are escaped, so a message never spans lines), camelCase fields,
/// enums as strings, a <c>"type"</c> discriminator that may appear anywhere in the object.
/// </summary>
public static class KernelProtocol
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Encodes a command as one line (without the newline).</summary>
    /// <param name="command">The command.</param>
    /// <returns>The JSON line.</returns>
    public static string Serialize(KernelCommand command) => JsonSerializer.Serialize(command, Options);

    /// <summary>Encodes an event as one line (without the newline).</summary>
    /// <param name="kernelEvent">The event.</param>
    /// <returns>The JSON line.</returns>
    public static string Serialize(KernelEvent kernelEvent) => JsonSerializer.Serialize(kernelEvent, Options);

    /// <summary>Decodes a command line.</summary>
    /// <param name="line">One line of the stream.</param>
    /// <returns>The command.</returns>
    /// <exception cref="KernelProtocolException">The line is not a known command.</exception>
    public static KernelCommand DeserializeCommand(string line) => Deserialize<KernelCommand>(line);

    /// <summary>Decodes an event line.</summary>
    /// <param name="line">One line of the stream.</param>
    /// <returns>The event.</returns>
    /// <exception cref="KernelProtocolException">The line is not a known event.</exception>
    public static KernelEvent DeserializeEvent(string line) => Deserialize<KernelEvent>(line);

    private static T Deserialize<T>(string line)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            return JsonSerializer.Deserialize<T>(line, Options)
                ?? throw new KernelProtocolException($"Expected a {typeof(T).Name} object, got null.");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new KernelProtocolException($"Malformed {typeof(T).Name} line: {ex.Message}", ex);
        }
    }
}
