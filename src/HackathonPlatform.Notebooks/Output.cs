namespace HackathonPlatform.Notebooks;

/// <summary>One output of a code cell. nbformat 4 has four kinds, one subclass each.</summary>
public abstract class Output
{
    /// <summary>The nbformat <c>output_type</c>: stream, display_data, execute_result or error.</summary>
    public abstract string OutputType { get; }

    /// <summary>A deep copy.</summary>
    /// <returns>An independent output.</returns>
    public abstract Output Clone();
}
