namespace HackathonPlatform.Katas;

/// <summary>Node or the pinned qsharp-lang package is missing or broken; the message says what to run.</summary>
public sealed class QsharpToolchainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public QsharpToolchainException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and the command that fixes it.</param>
    public QsharpToolchainException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and the command that fixes it.</param>
    /// <param name="innerException">The cause.</param>
    public QsharpToolchainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
