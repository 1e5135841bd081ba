namespace HackathonPlatform.Spawning.Slurm;

/// <summary>Slurm refused a request or could not be reached; the message is fit for users and operators.</summary>
public sealed class SlurmException : Exception
{
    /// <summary>Creates an exception.</summary>
    public SlurmException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public SlurmException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SlurmException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
