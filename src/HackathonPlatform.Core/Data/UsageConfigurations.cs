using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HackathonPlatform.Core.Data;

internal sealed class UsageRecordConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public void Configure(EntityTypeBuilder<UsageRecord> b)
    {
        b.ToTable("UsageRecords");
        b.Property(u => u.Source).HasMaxLength(16);
        b.Property(u => u.OwnerKey).HasMaxLength(64);
        b.Property(u => u.Flavour).HasMaxLength(64);
        b.Property(u => u.UserId).HasMaxLength(450);
        // Closing looks up the owner's open record; quotas sum per group and per hackathon.
        b.HasIndex(u => new { u.OwnerKey, u.StoppedAt });
        b.HasIndex(u => u.GroupId);
        b.HasIndex(u => u.HackathonId);
    }
}
