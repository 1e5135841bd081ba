using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;

namespace HackathonPlatform.Web.Learning;

/// <summary>
/// GET /docs/...: the docfx site from disk. An endpoint rather than the static-files middleware because the site
/// may be built while the hub runs, and because a missing site should explain how to build it.
/// </summary>
internal static class DocsEndpoint
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapDocs(this IEndpointRouteBuilder app) =>
        app.MapGet(DocsSite.BasePath + "/{**path}", Serve).WithName("Docs").ExcludeFromDescription();

    private static Results<RedirectHttpResult, PhysicalFileHttpResult, ContentHttpResult, NotFound> Serve(string? path, HttpContext http, DocsSite docs)
    {
        // docfx pages link relatively: /docs must become /docs/ or every link would miss the folder.
        if (http.Request.Path.Value is DocsSite.BasePath)
        {
            return TypedResults.Redirect(DocsSite.BasePath + "/");
        }

        if (!docs.IsBuilt)
        {
            return TypedResults.Content(NotBuiltPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var file = docs.Find(path);
        if (file?.PhysicalPath is null)
        {
            return TypedResults.NotFound();
        }

        if (!ContentTypes.TryGetContentType(file.Name, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        http.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, lastModified: file.LastModified);
    }

    private const string NotBuiltPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Docs not built · Hackathon Platform</title>
        <link rel="stylesheet" href="/css/site.css"></head>
        <body><main><h1>The documentation has not been built yet</h1>
        <p>The docs and knowledge base are a docfx site in <code>site/</code>. Build it once from the repository root:</p>
        <pre><code>scripts/build-docs.sh</code></pre>
        <p>(that runs <code>dotnet tool restore</code> and <code>dotnet docfx build site/docfx.json</code>), then reload this page.
        The hub serves <code>site/_site</code>, or the folder set in <code>Learning:DocsDirectory</code>.</p>
        <p><a href="/">Back to the hub</a> · <a href="/courses">Courses</a></p></main></body></html>
        """;
}
