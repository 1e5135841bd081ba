namespace HackathonPlatform.NotebookServer;

/// <summary>The kernel a notebook runs on (names as the API shows them: <c>csharp</c>, <c>qsharp</c>).</summary>
public enum KernelLanguage
{
    /// <summary>C# on .NET Interactive (hackathon-kernel.dll); the default and the warm kernel.</summary>
    CSharp,

    /// <summary>Q# on qsharp-lang (quantum/qsharp-kernel.mjs).</summary>
    QSharp,
}
