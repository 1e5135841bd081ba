using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HackathonPlatform.Core.Data;

internal sealed class LectureProgressConfiguration : IEntityTypeConfiguration<LectureProgress>
{
    public void Configure(EntityTypeBuilder<LectureProgress> b)
    {
        b.Property(p => p.CourseId).HasMaxLength(LearningLimits.IdLength);
        b.Property(p => p.LectureId).HasMaxLength(LearningLimits.IdLength);
        // One row per learner and lecture: concurrent "mark done" and "opened" requests upsert the same row.
        b.HasIndex(p => new { p.UserId, p.CourseId, p.LectureId }).IsUnique();
        b.HasOne<PlatformUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> b)
    {
        b.Property(a => a.CourseId).HasMaxLength(LearningLimits.IdLength);
        b.Property(a => a.LectureId).HasMaxLength(LearningLimits.IdLength);
        b.Property(a => a.QuizId).HasMaxLength(LearningLimits.IdLength);
        b.Property(a => a.Answers).HasMaxLength(LearningLimits.AnswersLength);
        b.HasIndex(a => new { a.UserId, a.CourseId, a.LectureId });
        b.HasOne<PlatformUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
