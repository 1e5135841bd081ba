using System.Text.Json.Nodes;
using HackathonPlatform.Grading.Release;
using HackathonPlatform.Notebooks;
using HackathonPlatform.Notebooks.Nbgrader;

namespace HackathonPlatform.Grading.Sanitizing;

/// <summary>Matches submitted cells to the source by grade_id and repairs them, recording flags.</summary>
internal sealed class CellRestorer(ReleaseResult release, List<GradingFlag> flags)
{
    private readonly Dictionary<string, int> _masterIndex = release.GradingMaster.Cells
        .Select((cell, index) => (cell, index))
        .Where(p => p.cell.IsTracked() && p.cell.GradeId() is not null)
        .ToDictionary(p => p.cell.GradeId()!, p => p.index, StringComparer.Ordinal);

    public List<Cell> Restore(IList<Cell> submitted)
    {
        var result = new List<(Cell Cell, int? MasterIndex)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in submitted)
        {
            var id = cell.GradeId();
            if (id is null || !_masterIndex.TryGetValue(id, out var index))
            {
                if (id is not null && cell.IsTracked())
                {
                    flags.Add(new GradingFlag(GradingFlagKind.UnknownGradeCell, id, $"The cell '{id}' is not part of the exercise; it is graded as an ordinary cell."));
                }

                cell.Metadata.Remove(NbgraderMetadata.Key);
                result.Add((cell, null));
            }
            else if (!seen.Add(id))
            {
                flags.Add(new GradingFlag(GradingFlagKind.DuplicatedGradeCell, id, $"The cell '{id}' appears more than once; the first copy is graded."));
                cell.Metadata.Remove(NbgraderMetadata.Key);
                result.Add((cell, null));
            }
            else
            {
                RestoreMatched(cell, index);
                result.Add((cell, index));
            }
        }

        FlagMoved(result);
        ReinsertDeleted(result, seen);
        return result.Select(r => r.Cell).ToList();
    }

    private void RestoreMatched(Cell cell, int index)
    {
        var master = release.GradingMaster.Cells[index];
        var student = release.Student.Cells[index];
        var id = master.GradeId()!;
        if (cell.CellType != master.CellType)
        {
            flags.Add(new GradingFlag(GradingFlagKind.RetypedGradeCell, id, $"The cell '{id}' was changed from {master.CellType.ToNbformat()} to {cell.CellType.ToNbformat()}; it was changed back."));
        }
        else if (master.IsLocked() && !SameAsReleased(cell, student))
        {
            flags.Add(new GradingFlag(GradingFlagKind.TamperedCell, id, $"The locked cell '{id}' was edited (checksum mismatch); it was restored from the exercise."));
        }

        if (!SameKind(NbgraderMetadata.Of(cell)!, NbgraderMetadata.Of(student)!))
        {
            flags.Add(new GradingFlag(GradingFlagKind.MetadataChanged, id, $"The nbgrader settings of '{id}' were changed; they were restored."));
        }

        cell.CellType = master.CellType;
        cell.ClearOutputs();
        cell.ReplaceMetadata(MergeMetadata(cell.Metadata, master.Metadata));
        if (master.IsLocked())
        {
            // The master's source, not the student's release: this is where hidden tests come back.
            cell.Source = master.Source;
            cell.Attachments = (JsonObject?)master.Attachments?.DeepClone();
        }
    }

    // The checksum is computed with the released metadata so that only the content is compared.
    private static bool SameAsReleased(Cell cell, Cell released)
    {
        var probe = new Cell(cell.CellType, cell.Source, (JsonObject)released.Metadata.DeepClone());
        return NbgraderChecksum.Compute(probe) == NbgraderMetadata.Of(released)!.Checksum;
    }

    private static bool SameKind(NbgraderMetadata a, NbgraderMetadata b) =>
        a.Grade == b.Grade && a.Solution == b.Solution && a.Locked == b.Locked && a.Task == b.Task && a.Points == b.Points;

    private static JsonObject MergeMetadata(JsonObject submitted, JsonObject master)
    {
        var merged = (JsonObject)submitted.DeepClone();
        foreach (var key in new[] { NbgraderMetadata.Key, "deletable", "editable" })
        {
            merged.Remove(key);
            if (master[key] is { } value)
            {
                merged[key] = value.DeepClone();
            }
        }

        return merged;
    }

    private void FlagMoved(List<(Cell Cell, int? MasterIndex)> result)
    {
        var matched = result.Where(r => r.MasterIndex is not null).Select(r => r.MasterIndex!.Value).ToList();
        var inOrder = LongestIncreasing(matched);
        foreach (var index in matched.Where(i => !inOrder.Contains(i)))
        {
            var id = release.GradingMaster.Cells[index].GradeId();
            flags.Add(new GradingFlag(GradingFlagKind.MovedGradeCell, id, $"The cell '{id}' was moved out of the exercise's order; it runs where the student put it."));
        }
    }

    private void ReinsertDeleted(List<(Cell Cell, int? MasterIndex)> result, HashSet<string> seen)
    {
        foreach (var (id, index) in _masterIndex.OrderBy(p => p.Value))
        {
            if (seen.Contains(id))
            {
                continue;
            }

            var master = release.GradingMaster.Cells[index];
            if (!master.IsLocked() && master.CellType == CellType.Code)
            {
                // A stub re-added after the student's own (unmarked) code would overwrite their
                // definitions, so deleted code answers are reported, not restored.
                flags.Add(new GradingFlag(GradingFlagKind.DeletedGradeCell, id, $"The answer cell '{id}' was deleted; it could not be restored."));
                continue;
            }

            // Locked cells come back whole (hidden tests included); written answers as the stub.
            var restored = master.IsLocked() ? master.Clone() : release.Student.Cells[index].Clone();
            restored.ReplaceMetadata(MergeMetadata(restored.Metadata, master.Metadata));
            restored.Id = null;
            var after = result.FindLastIndex(r => r.MasterIndex < index);
            result.Insert(after + 1, (restored, index));
            flags.Add(new GradingFlag(GradingFlagKind.DeletedGradeCell, id, $"The cell '{id}' was deleted; it was re-added from the exercise."));
        }
    }

    private static HashSet<int> LongestIncreasing(List<int> values)
    {
        var length = new int[values.Count];
        var previous = new int[values.Count];
        var best = -1;
        for (var i = 0; i < values.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (values[j] < values[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var set = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            set.Add(values[i]);
        }

        return set;
    }
}
