using System.Text;
using System.Text.Json.Nodes;
using HackathonPlatform.Notebooks;

namespace HackathonPlatform.NotebookServer;

/// <summary>
/// /api/contents: list, get, save, mkdir, rename and delete workspace files; /api/download and
/// /api/upload for raw bytes. A notebook that cannot be read is reported (422) and never
/// overwritten by a save (409): the group may still want what is in it.
/// </summary>
public static class ContentsApi
{
    public static void MapContentsApi(this WebApplication app)
    {
        var contents = app.MapGroup("/api/contents");
        contents.MapGet("/{**path}", Get);
        contents.MapPut("/{**path}", SaveAsync);
        contents.MapPatch("/{**path}", Rename);
        contents.MapDelete("/{**path}", Delete);
        app.MapGet("/api/download/{**path}", Download);
        app.MapPost("/api/upload/{**path}", UploadAsync);
    }

    private static IResult Get(string? path, bool? content, WorkspacePaths paths)
    {
        var full = paths.Resolve(path);
        if (Directory.Exists(full))
        {
            var entries = new DirectoryInfo(full).EnumerateFileSystemInfos()
                .Where(i => !i.Name.StartsWith('.'))
                .OrderBy(i => i.Name, StringComparer.Ordinal)
                .Select(i => ContentEntry.Of(paths, i))
                .ToList();
            return Results.Ok(ContentEntry.Of(paths, new DirectoryInfo(full)) with { Content = entries, Format = "json" });
        }

        if (!File.Exists(full))
        {
            return NotFound(path);
        }

        var entry = ContentEntry.Of(paths, new FileInfo(full));
        if (content == false)
        {
            return Results.Ok(entry);
        }

        var bytes = File.ReadAllBytes(full);
        if (entry.Type == "notebook")
        {
            try
            {
                NotebookReader.Read(bytes, filePath: entry.Path);
                return Results.Ok(entry with { Content = JsonNode.Parse(bytes), Format = "json" });
            }
            catch (NotebookFormatException ex)
            {
                return ApiErrors.Problem(StatusCodes.Status422UnprocessableEntity, $"'{entry.Path}' cannot be opened as a notebook: {ex.Message}");
            }
        }

        return IsText(bytes)
            ? Results.Ok(entry with { Content = Encoding.UTF8.GetString(bytes), Format = "text" })
            : Results.Ok(entry with { Content = Convert.ToBase64String(bytes), Format = "base64" });
    }

    private static async Task<IResult> SaveAsync(string? path, SaveRequest request, WorkspacePaths paths)
    {
        var full = paths.Resolve(path);
        if (full == paths.Root || Directory.Exists(full) && request.Type != "directory")
        {
            return ApiErrors.Problem(StatusCodes.Status409Conflict, "A folder is in the way.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        switch (request.Type)
        {
            case "directory":
                Directory.CreateDirectory(full);
                return Results.Created($"/api/contents/{paths.Relative(full)}", ContentEntry.Of(paths, new DirectoryInfo(full)));
            case "notebook":
                if (File.Exists(full) && !IsReadableNotebook(full))
                {
                    return ApiErrors.Problem(StatusCodes.Status409Conflict, "The existing file is not a readable notebook and is kept as it is; save under another name.");
                }

                Notebook notebook;
                try
                {
                    notebook = NotebookReader.Read(request.Content?.GetRawText() ?? "", filePath: path);
                }
                catch (NotebookFormatException ex)
                {
                    return ApiErrors.Problem(StatusCodes.Status400BadRequest, ex.Message);
                }

                await WriteAtomicallyAsync(full, Encoding.UTF8.GetBytes(NotebookWriter.Write(notebook)));
                break;
            case "file":
                var text = request.Content?.GetString() ?? "";
                byte[] bytes;
                try
                {
                    bytes = request.Format == "base64" ? Convert.FromBase64String(text) : Encoding.UTF8.GetBytes(text);
                }
                catch (FormatException)
                {
                    return ApiErrors.Problem(StatusCodes.Status400BadRequest, "The content is not valid base64.");
                }

                await WriteAtomicallyAsync(full, bytes);
                break;
            default:
                return ApiErrors.Problem(StatusCodes.Status400BadRequest, "type must be notebook, file or directory.");
        }

        return Results.Ok(ContentEntry.Of(paths, new FileInfo(full)));
    }

    private static IResult Rename(string? path, RenameRequest request, WorkspacePaths paths)
    {
        var from = paths.Resolve(path);
        var to = paths.Resolve(request.Path);
        if (from == paths.Root || to == paths.Root || (!File.Exists(from) && !Directory.Exists(from)))
        {
            return NotFound(path);
        }

        if (File.Exists(to) || Directory.Exists(to))
        {
            return ApiErrors.Problem(StatusCodes.Status409Conflict, $"'{request.Path}' already exists.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
            return Results.Ok(ContentEntry.Of(paths, new DirectoryInfo(to)));
        }

        File.Move(from, to);
        return Results.Ok(ContentEntry.Of(paths, new FileInfo(to)));
    }

    private static IResult Delete(string? path, WorkspacePaths paths)
    {
        var full = paths.Resolve(path);
        if (full == paths.Root)
        {
            return ApiErrors.Problem(StatusCodes.Status400BadRequest, "The workspace itself cannot be deleted.");
        }

        if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null)
        {
            Directory.Delete(full, recursive: true);
        }
        else if (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            File.Delete(full);
        }
        else
        {
            return NotFound(path);
        }

        return Results.NoContent();
    }

    private static IResult Download(string? path, WorkspacePaths paths)
    {
        var full = paths.Resolve(path);
        return File.Exists(full) ? Results.File(full, "application/octet-stream", Path.GetFileName(full)) : NotFound(path);
    }

    private static async Task<IResult> UploadAsync(string? path, HttpRequest request, WorkspacePaths paths)
    {
        var folder = paths.Resolve(path);
        var form = await request.ReadFormAsync();
        var saved = new List<ContentEntry>();
        foreach (var file in form.Files)
        {
            var full = paths.Resolve(string.IsNullOrEmpty(path) ? file.FileName : $"{path.TrimEnd('/')}/{Path.GetFileName(file.FileName)}");
            Directory.CreateDirectory(folder);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            await WriteAtomicallyAsync(full, buffer.ToArray());
            saved.Add(ContentEntry.Of(paths, new FileInfo(full)));
        }

        return Results.Ok(saved);
    }

    // A crash mid-write must not leave half a notebook: write beside it, then rename over it.
    private static async Task WriteAtomicallyAsync(string full, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, bytes);
        File.Move(temp, full, overwrite: true);
    }

    private static bool IsReadableNotebook(string full)
    {
        try
        {
            NotebookReader.ReadFile(full);
            return true;
        }
        catch (NotebookFormatException)
        {
            return false;
        }
    }

    private static bool IsText(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return !bytes.Contains((byte)0);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static IResult NotFound(string? path) => ApiErrors.Problem(StatusCodes.Status404NotFound, $"'{path}' does not exist.");
}
