using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HackathonPlatform.Core.Data;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.Property(s => s.ExerciseId).HasMaxLength(GradingLimits.ExerciseIdLength);
        b.Property(s => s.OwnerKey).HasMaxLength(GradingLimits.OwnerKeyLength);
        b.Property(s => s.Sha256).HasMaxLength(64).IsFixedLength();
        // Two submissions of one group at the same instant cannot share an attempt number: the loser retries.
        b.HasIndex(s => new { s.ExerciseId, s.OwnerKey, s.Attempt }).IsUnique();
        b.HasIndex(s => new { s.HackathonId, s.ExerciseId });
        b.HasOne<Hackathon>().WithMany().HasForeignKey(s => s.HackathonId).OnDelete(DeleteBehavior.Restrict);
        // Submissions are data that must never be lost: deleting a group or an account must not delete them.
        b.HasOne<Group>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<PlatformUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Submitter).WithMany().HasForeignKey(s => s.SubmitterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Job).WithOne(j => j.Submission).HasForeignKey<GradingJob>(j => j.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Result).WithOne(r => r.Submission).HasForeignKey<GradeResult>(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.ManualGrades).WithOne().HasForeignKey(m => m.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GradingJobConfiguration : IEntityTypeConfiguration<GradingJob>
{
    public void Configure(EntityTypeBuilder<GradingJob> b)
    {
        b.HasIndex(j => j.SubmissionId).IsUnique();
        // Workers poll by status in arrival order.
        b.HasIndex(j => new { j.Status, j.Id });
        b.Property(j => j.LeaseOwner).HasMaxLength(GradingLimits.LeaseOwnerLength);
        b.Property(j => j.Error).HasMaxLength(GradingLimits.ErrorLength);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class GradeResultConfiguration : IEntityTypeConfiguration<GradeResult>
{
    public void Configure(EntityTypeBuilder<GradeResult> b)
    {
        // One result per submission: a regrade or a retried job overwrites instead of counting twice.
        b.HasIndex(r => r.SubmissionId).IsUnique();
        b.Property(r => r.Error).HasMaxLength(GradingLimits.ErrorLength);
    }
}

internal sealed class ManualGradeConfiguration : IEntityTypeConfiguration<ManualGrade>
{
    public void Configure(EntityTypeBuilder<ManualGrade> b)
    {
        b.HasIndex(m => new { m.SubmissionId, m.GradeId }).IsUnique();
        b.Property(m => m.GradeId).HasMaxLength(GradingLimits.GradeIdLength);
        b.Property(m => m.Comment).HasMaxLength(GradingLimits.CommentLength);
        b.HasOne(m => m.Tutor).WithMany().HasForeignKey(m => m.TutorId).OnDelete(DeleteBehavior.Restrict);
    }
}
