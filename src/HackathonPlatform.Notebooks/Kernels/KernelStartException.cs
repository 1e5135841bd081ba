namespace HackathonPlatform.Notebooks.Kernels;

/// <summary>A kernel process could not be started or did not report ready in time.</summary>
public sealed class KernelStartException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public KernelStartException()
        : base("The kernel could not be started.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">What went wrong, with the kernel's last stderr lines.</param>
    public KernelStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public KernelStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
