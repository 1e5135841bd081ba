using HackathonPlatform.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HackathonPlatform.Core.Data;

internal sealed class HackathonConfiguration : IEntityTypeConfiguration<Hackathon>
{
    public void Configure(EntityTypeBuilder<Hackathon> b)
    {
        b.HasIndex(h => h.Slug).IsUnique();
        b.Property(h => h.Slug).HasMaxLength(HackathonLimits.SlugLength);
        b.Property(h => h.Title).HasMaxLength(HackathonLimits.TitleLength);
        b.Property(h => h.Venue).HasMaxLength(HackathonLimits.VenueLength);
        b.Property(h => h.DescriptionMarkdown).HasMaxLength(HackathonLimits.DescriptionLength);
        b.HasMany(h => h.Questions).WithOne().HasForeignKey(q => q.HackathonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.Registrations).WithOne(r => r.Hackathon).HasForeignKey(r => r.HackathonId);
        b.HasMany(h => h.Groups).WithOne(g => g.Hackathon).HasForeignKey(g => g.HackathonId);
        b.HasMany(h => h.Staff).WithOne().HasForeignKey(s => s.HackathonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationQuestionConfiguration : IEntityTypeConfiguration<ApplicationQuestion>
{
    public void Configure(EntityTypeBuilder<ApplicationQuestion> b) =>
        b.Property(q => q.Text).HasMaxLength(HackathonLimits.QuestionLength);
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.HasIndex(r => new { r.HackathonId, r.UserId }).IsUnique();
        b.HasIndex(r => new { r.HackathonId, r.Sequence }).IsUnique();
        b.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId);
    }
}

internal sealed class ApplicationAnswerConfiguration : IEntityTypeConfiguration<ApplicationAnswer>
{
    public void Configure(EntityTypeBuilder<ApplicationAnswer> b)
    {
        b.Property(a => a.Text).HasMaxLength(HackathonLimits.AnswerLength);
        b.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> b)
    {
        b.Property(g => g.Name).HasMaxLength(HackathonLimits.GroupNameLength);
        b.Property(g => g.FlavourName).HasMaxLength(100);
        b.HasIndex(g => new { g.HackathonId, g.Name }).IsUnique();
        b.HasIndex(g => g.InviteCode).IsUnique();
        b.HasMany(g => g.Members).WithOne(m => m.Group).HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> b)
    {
        b.HasIndex(m => new { m.HackathonId, m.UserId }).IsUnique();
        b.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId);
    }
}

internal sealed class HackathonStaffConfiguration : IEntityTypeConfiguration<HackathonStaff>
{
    public void Configure(EntityTypeBuilder<HackathonStaff> b)
    {
        b.HasIndex(s => new { s.HackathonId, s.UserId, s.Role }).IsUnique();
        b.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasIndex(n => n.UserId);
        b.Property(n => n.Subject).HasMaxLength(200);
    }
}
