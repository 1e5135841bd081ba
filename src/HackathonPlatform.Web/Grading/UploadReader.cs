using HackathonPlatform.Core.Grading;

namespace HackathonPlatform.Web.Grading;

/// <summary>Reads an uploaded file into memory, exactly as sent, refusing files over the notebook size limit.</summary>
internal static class UploadReader
{
    /// <summary>The bytes, or null when the file is too large.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > GradingLimits.MaxNotebookBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
