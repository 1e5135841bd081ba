namespace HackathonPlatform.Web.Grading;

/// <summary>Short words for the tutors' flag column.</summary>
public static class FlagNames
{
    /// <summary>"TamperedCell" → "tampered cell restored", and so on.</summary>
    public static string Describe(string flag) => flag switch
    {
        "LateSubmission" => "late",
        "TamperedCell" => "tampered cell restored",
        "MetadataChanged" => "metadata restored",
        "DeletedGradeCell" => "deleted cell restored",
        "DuplicatedGradeCell" => "duplicated cell",
        "MovedGradeCell" => "moved cell",
        "RetypedGradeCell" => "retyped cell restored",
        "UnknownGradeCell" => "unknown cell",
        "KernelspecChanged" => "kernel reset",
        "OutputTruncated" => "output truncated",
        "CellTimedOut" => "timed out",
        "KernelCrashed" => "kernel crashed",
        "PartialCreditClamped" => "partial credit clamped",
        "NotANotebook" => "not a notebook",
        _ => flag,
    };
}
