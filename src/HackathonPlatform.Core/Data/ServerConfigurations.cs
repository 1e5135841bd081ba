using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HackathonPlatform.Core.Data;

internal sealed class NotebookServerRecordConfiguration : IEntityTypeConfiguration<NotebookServerRecord>
{
    public void Configure(EntityTypeBuilder<NotebookServerRecord> b)
    {
        b.ToTable("NotebookServers");
        b.HasIndex(s => s.OwnerKey).IsUnique();
        b.Property(s => s.OwnerKey).HasMaxLength(64);
        b.Property(s => s.Flavour).HasMaxLength(64);
        b.Property(s => s.Message).HasMaxLength(2000);
    }
}
