using System.Text;
using System.Text.Json;
using HackathonPlatform.Notebooks.Json;

namespace HackathonPlatform.Notebooks;

/// <summary>
/// Reads .ipynb files (nbformat 4.0 to 4.5). Every problem with the input, whatever its kind, is
/// reported as a <see cref="NotebookFormatException"/>; no other exception type escapes for bad input.
/// </summary>
public static class NotebookReader
{
    /// <summary>Reads a notebook from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="options">Limits; <see cref="NotebookReadOptions.Default"/> when null.</param>
    /// <param name="filePath">Shown in error messages; optional.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="NotebookFormatException">The text is not a readable nbformat 4 notebook.</exception>
    public static Notebook Read(string json, NotebookReadOptions? options = null, string? filePath = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= NotebookReadOptions.Default;
        // Checked before encoding so that an oversized string costs no further memory.
        if (json.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(json) > options.MaxBytes)
        {
            throw TooLarge(options, filePath);
        }

        return Read(Encoding.UTF8.GetBytes(json), options, filePath);
    }

    /// <summary>Reads a notebook from UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="options">Limits; <see cref="NotebookReadOptions.Default"/> when null.</param>
    /// <param name="filePath">Shown in error messages; optional.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="NotebookFormatException">The bytes are not a readable nbformat 4 notebook.</exception>
    public static Notebook Read(ReadOnlyMemory<byte> utf8, NotebookReadOptions? options = null, string? filePath = null)
    {
        options ??= NotebookReadOptions.Default;
        if (utf8.Length > options.MaxBytes)
        {
            throw TooLarge(options, filePath);
        }

        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new NotebookFormatException("not a notebook: the file is empty", filePath, null);
        }

        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
            return new NotebookParser(filePath).Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new NotebookFormatException(
                $"not valid JSON: {ex.Message.Split(" LineNumber:")[0]}", filePath, ex.Path, ex.LineNumber + 1, ex.BytePositionInLine + 1, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or DecoderFallbackException)
        {
            throw new NotebookFormatException($"not a readable notebook: {ex.Message}", filePath, null, null, null, ex);
        }
    }

    /// <summary>Reads a notebook file, refusing files over the size limit before reading them.</summary>
    /// <param name="path">The .ipynb file.</param>
    /// <param name="options">Limits; <see cref="NotebookReadOptions.Default"/> when null.</param>
    /// <returns>The notebook.</returns>
    /// <exception cref="NotebookFormatException">The file is not a readable nbformat 4 notebook.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Notebook ReadFile(string path, NotebookReadOptions? options = null)
    {
        options ??= NotebookReadOptions.Default;
        if (new FileInfo(path).Length > options.MaxBytes)
        {
            throw TooLarge(options, path);
        }

        return Read(File.ReadAllBytes(path), options, path);
    }

    private static NotebookFormatException TooLarge(NotebookReadOptions options, string? filePath) =>
        new($"the notebook is larger than the limit of {options.MaxBytes} bytes", filePath, null);
}
