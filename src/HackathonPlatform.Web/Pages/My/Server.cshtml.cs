using HackathonPlatform.Core.Data;
using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Servers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Pages.My;

public sealed class ServerModel(ServerManager servers, ServerAccess access, HubDbContext db, ServerIdleWarning idleWarning) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Owner { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    public ServerView? View { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>"Idle for N min; will be stopped at HH:MM UTC unless used", once half the idle limit has passed.</summary>
    public string? IdleWarning { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await AuthorizeAsync(ct) is { } denied)
        {
            return denied;
        }

        View = await servers.GetAsync(ServerOwners.Parse(Owner)!, ct);
        IdleWarning = idleWarning.For(View);
        // After "Start", the page refreshes until the server is ready and then opens the workspace.
        return Open && View.State == NotebookServerState.Ready ? Redirect(View.Url!) : Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (await AuthorizeAsync(ct) is { } denied)
        {
            return denied;
        }

        await servers.StartAsync(ServerOwners.Parse(Owner)!, ct);
        return Redirect($"/my/servers/{Owner}?open=true");
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken ct)
    {
        if (await AuthorizeAsync(ct) is { } denied)
        {
            return denied;
        }

        await servers.StopAsync(ServerOwners.Parse(Owner)!, $"Stopped by {User.Identity?.Name}.", ct);
        TempData["Message"] = "The server was stopped; the workspace keeps its files.";
        return Redirect($"/my/servers/{Owner}");
    }

    private async Task<IActionResult?> AuthorizeAsync(CancellationToken ct)
    {
        var owner = ServerOwners.Parse(Owner);
        if (owner is null)
        {
            return NotFound();
        }

        if (!await access.MayOpenAsync(User, owner, ct))
        {
            return Forbid();
        }

        Title = owner.GroupId is { } g
            ? await db.Groups.Where(x => x.Id == g).Select(x => x.Name + " — " + x.Hackathon!.Title).FirstOrDefaultAsync(ct) ?? "Group server"
            : "Personal server";
        return null;
    }
}
