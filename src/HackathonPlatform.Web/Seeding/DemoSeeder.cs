using System.Security.Cryptography;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Core.Groups;
using HackathonPlatform.Core.Hackathons;
using HackathonPlatform.Core.Registrations;
using HackathonPlatform.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HackathonPlatform.Web.Seeding;

/// <summary>
/// First-run data: the roles, the administrator, the demo hackathon modelled on the first AI_INFN
/// Advanced Hackathon (three days, 20 seats, groups of 4) and, with `--demo`, sample accounts.
/// Runs at every start and only adds what is missing.
/// </summary>
public sealed class DemoSeeder(
    HubDbContext db,
    UserManager<PlatformUser> users,
    RoleManager<IdentityRole> roles,
    HackathonService hackathons,
    RegistrationService registrations,
    GroupService groups,
    StaffService staff,
    IOptions<HubOptions> options,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    /// <summary>The password of every sample account created by `--demo` (never of the admin).</summary>
    public const string SamplePassword = "hackathon-demo-2026";

    /// <summary>Slug of the demo hackathon.</summary>
    public const string DemoSlug = "ai-infn-advanced-hackathon";

    /// <summary>Adds what is missing.</summary>
    public async Task SeedAsync()
    {
        foreach (var role in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var admin = await EnsureAdminAsync();
        if (options.Value.SeedDemoHackathon && !await db.Hackathons.AnyAsync())
        {
            await SeedDemoHackathonAsync(admin);
        }

        if (options.Value.SeedSampleParticipants && await users.FindByEmailAsync(SampleEmail("organiser")) is null)
        {
            await SeedSampleAccountsAsync();
        }
    }

    /// <summary>The address of a sample account, e.g. participant01@demo.hackathon.local.</summary>
    public static string SampleEmail(string name) => $"{name}@demo.hackathon.local";

    private async Task<PlatformUser> EnsureAdminAsync()
    {
        var email = options.Value.AdminEmail;
        var admin = await users.FindByEmailAsync(email);
        if (admin is not null)
        {
            return admin;
        }

        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        }

        admin = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", CreatedAt = clock.GetUtcNow() };
        Check(await users.CreateAsync(admin, password!), "admin account");
        Check(await users.AddToRolesAsync(admin, [PlatformRoles.Admin, PlatformRoles.Organiser, PlatformRoles.Tutor]), "admin roles");
        if (generated)
        {
            // Printed once, on the console only: it is not stored anywhere in clear.
            Console.WriteLine($"""

                ==========================================================
                 Administrator account created
                   email:    {email}
                   password: {password}
                 This password is shown only now. Change it after signing in,
                 or set Hub__AdminPassword before the first run.
                ==========================================================

                """);
        }

        return admin;
    }

    private async Task SeedDemoHackathonAsync(PlatformUser organiser)
    {
        var start = clock.GetUtcNow().Date.AddDays(30).AddHours(8);
        var input = new HackathonInput
        {
            Title = "AI_INFN Advanced Hackathon",
            Slug = DemoSlug,
            Venue = "Padova, Department of Physics and Astronomy",
            DescriptionMarkdown = DemoContent.Description,
            StartsAt = new DateTimeOffset(start, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(start.AddDays(2).AddHours(10), TimeSpan.Zero),
            RegistrationOpensAt = clock.GetUtcNow().AddDays(-1),
            RegistrationClosesAt = new DateTimeOffset(start.AddDays(-3), TimeSpan.Zero),
            Capacity = 20,
            GroupSize = 4,
            AutoAccept = true,
            // A quota, so the dashboard's GPU-hours chart has something to measure against (three days, one GPU
            // for a third of the time per group); no cap on concurrent GPUs: the cluster's own limits apply.
            GpuHoursPerGroup = 24,
            Questions =
            [
                new QuestionInput("Your research field"),
                new QuestionInput("Experience with PyTorch / quantum computing (none, some, a lot; which?)", IsSkill: true),
            ],
        };
        var created = await hackathons.CreateAsync(input, organiser.Id);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Seeding the demo hackathon failed: " + created.ErrorSummary);
        }

        await hackathons.SetPublishedAsync(created.Value!.Id, true);
        logger.LogInformation("Seeded the demo hackathon /hackathons/{Slug}", DemoSlug);
    }

    private async Task SeedSampleAccountsAsync()
    {
        var hackathon = await hackathons.FindBySlugAsync(DemoSlug);
        var organiser = await CreateSampleAsync("organiser", "Olivia Organiser", PlatformRoles.Organiser);
        var tutor = await CreateSampleAsync("tutor", "Tomás Tutor", PlatformRoles.Tutor);
        if (hackathon is null)
        {
            return;
        }

        await staff.AppointAsync(hackathon.Id, organiser.Email!, StaffRole.Organiser);
        await staff.AppointAsync(hackathon.Id, tutor.Email!, StaffRole.Tutor);
        for (var i = 1; i <= DemoContent.Participants.Count; i++)
        {
            var (name, field, skill) = DemoContent.Participants[i - 1];
            var user = await CreateSampleAsync($"participant{i:00}", name, role: null);
            var answers = new Dictionary<int, string>
            {
                [hackathon.Questions[0].Id] = field,
                [hackathon.Questions[1].Id] = skill,
            };
            await registrations.ApplyAsync(hackathon.Id, user.Id, answers);
        }

        await groups.FormAutomaticallyAsync(hackathon.Id, hackathon.Questions[1].Id);
        logger.LogInformation("Seeded sample accounts ({Count} participants); their password is {Password}", DemoContent.Participants.Count, SamplePassword);
    }

    private async Task<PlatformUser> CreateSampleAsync(string name, string displayName, string? role)
    {
        var user = new PlatformUser { UserName = SampleEmail(name), Email = SampleEmail(name), EmailConfirmed = true, DisplayName = displayName, CreatedAt = clock.GetUtcNow() };
        Check(await users.CreateAsync(user, SamplePassword), name);
        if (role is not null)
        {
            Check(await users.AddToRoleAsync(user, role), name);
        }

        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
