namespace HackathonPlatform.Core;

/// <summary>
/// The result of a service operation: a value, validation errors keyed by field (the shape of
/// ASP.NET Core's ValidationProblem), or "not found". Nothing is saved when errors are returned.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, IReadOnlyDictionary<string, string[]> errors, bool isNotFound)
    {
        Value = value;
        Errors = errors;
        IsNotFound = isNotFound;
    }

    /// <summary>The value when the operation succeeded.</summary>
    public T? Value { get; }

    /// <summary>Validation errors by field name; empty on success.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The target of the operation does not exist.</summary>
    public bool IsNotFound { get; }

    /// <summary>True when <see cref="Value"/> holds the result.</summary>
    public bool Succeeded => !IsNotFound && Errors.Count == 0;

    /// <summary>A successful outcome.</summary>
    public static Outcome<T> Ok(T value) => new(value, new Dictionary<string, string[]>(), false);

    /// <summary>A failed outcome with one error on one field.</summary>
    public static Outcome<T> Invalid(string field, string message) =>
        new(default, new Dictionary<string, string[]> { [field] = [message] }, false);

    /// <summary>A failed outcome with several errors.</summary>
    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(default, errors, false);

    /// <summary>The target does not exist.</summary>
    public static Outcome<T> NotFound() => new(default, new Dictionary<string, string[]>(), true);

    /// <summary>All error messages, one per line, for logs and page banners.</summary>
    public string ErrorSummary => IsNotFound ? "Not found." : string.Join(Environment.NewLine, Errors.SelectMany(e => e.Value));
}
