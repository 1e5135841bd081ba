namespace HackathonPlatform.NotebookServer;

/// <summary>A path was refused; <see cref="StatusCode"/> is the HTTP status to answer with.</summary>
public sealed class WorkspacePathException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
