using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HackathonPlatform.Core.Data;

internal sealed class BatchJobConfiguration : IEntityTypeConfiguration<BatchJob>
{
    public void Configure(EntityTypeBuilder<BatchJob> b)
    {
        b.ToTable("BatchJobs");
        b.Property(j => j.Backend).HasMaxLength(16);
        b.Property(j => j.BackendJobId).HasMaxLength(64);
        b.Property(j => j.UserId).HasMaxLength(450);
        b.Property(j => j.Flavour).HasMaxLength(64);
        b.Property(j => j.Name).HasMaxLength(200);
        b.Property(j => j.Reason).HasMaxLength(2000);
        b.Property(j => j.WorkingDirectory).HasMaxLength(1000);
        b.Property(j => j.LogPath).HasMaxLength(1000);
        b.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        b.Ignore(j => j.HasEnded);
        b.Ignore(j => j.UsageOwnerKey);
        b.HasOne(j => j.Group).WithMany().HasForeignKey(j => j.GroupId).OnDelete(DeleteBehavior.Cascade);
        // The page lists a group's jobs; the poller reads the ones that have not ended.
        b.HasIndex(j => new { j.GroupId, j.SubmittedAt });
        b.HasIndex(j => j.State);
        b.HasIndex(j => j.HackathonId);
    }
}
