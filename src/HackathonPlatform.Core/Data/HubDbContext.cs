using HackathonPlatform.Core.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Core.Data;

/// <summary>
/// The hub's database: accounts (ASP.NET Core Identity) and everything the journeys store.
/// One subclass per provider (<see cref="SqliteHubDbContext"/>, <see cref="PostgresHubDbContext"/>)
/// carries that provider's migrations; services depend on this type only.
/// </summary>
public abstract class HubDbContext(DbContextOptions options) : IdentityDbContext<PlatformUser>(options)
{
    /// <summary>Hackathons.</summary>
    public DbSet<Hackathon> Hackathons => Set<Hackathon>();

    /// <summary>Application questions.</summary>
    public DbSet<ApplicationQuestion> ApplicationQuestions => Set<ApplicationQuestion>();

    /// <summary>Applications.</summary>
    public DbSet<Registration> Registrations => Set<Registration>();

    /// <summary>Answers to application questions.</summary>
    public DbSet<ApplicationAnswer> ApplicationAnswers => Set<ApplicationAnswer>();

    /// <summary>Groups.</summary>
    public DbSet<Group> Groups => Set<Group>();

    /// <summary>Group memberships.</summary>
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    /// <summary>Organisers and tutors per hackathon.</summary>
    public DbSet<HackathonStaff> HackathonStaff => Set<HackathonStaff>();

    /// <summary>Messages to accounts.</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Self-learners' lecture progress (done, last opened).</summary>
    public DbSet<LectureProgress> LectureProgress => Set<LectureProgress>();

    /// <summary>Graded lecture quiz answers.</summary>
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    /// <summary>Submitted notebooks, byte for byte.</summary>
    public DbSet<Submission> Submissions => Set<Submission>();

    /// <summary>The durable grading queue.</summary>
    public DbSet<GradingJob> GradingJobs => Set<GradingJob>();

    /// <summary>Autograder results and feedback, one per submission.</summary>
    public DbSet<GradeResult> GradeResults => Set<GradeResult>();

    /// <summary>Tutors' points and comments on free-response cells.</summary>
    public DbSet<ManualGrade> ManualGrades => Set<ManualGrade>();

    /// <summary>Notebook servers of groups and people.</summary>
    public DbSet<NotebookServerRecord> NotebookServers => Set<NotebookServerRecord>();

    /// <summary>Compute usage of servers and jobs, for GPU-hours and quotas.</summary>
    public DbSet<UsageRecord> UsageRecords => Set<UsageRecord>();

    /// <summary>Groups' batch jobs submitted through the hub.</summary>
    public DbSet<BatchJob> BatchJobs => Set<BatchJob>();

    /// <summary>Personal API tokens (hashes only).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>
    /// Takes the per-hackathon write lock inside the current transaction, so that seat counting and
    /// arrival order are serialised across processes: PostgreSQL uses a transaction-scoped advisory
    /// lock; SQLite already serialises writers with BEGIN IMMEDIATE.
    /// </summary>
    public abstract Task LockHackathonAsync(int hackathonId, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
    }
}
