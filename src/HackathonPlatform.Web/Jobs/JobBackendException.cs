namespace HackathonPlatform.Web.Jobs;

/// <summary>A job backend refused a request or could not be reached; the message is fit for users.</summary>
public sealed class JobBackendException : Exception
{
    /// <summary>Creates an exception.</summary>
    public JobBackendException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public JobBackendException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public JobBackendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
