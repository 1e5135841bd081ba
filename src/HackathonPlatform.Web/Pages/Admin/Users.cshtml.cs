using HackathonPlatform.Core.Entities;
using HackathonPlatform.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HackathonPlatform.Web.Pages.Admin;

public sealed class UsersModel(UserManager<PlatformUser> users) : PageModel
{
    public sealed record Row(string Id, string Email, string DisplayName, IList<string> Roles);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string userId, string role, bool grant, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !PlatformRoles.All.Contains(role))
        {
            return NotFound();
        }

        var error = await RoleChanges.ApplyAsync(users, user, role, grant);
        if (error is not null)
        {
            Errors = new Dictionary<string, string[]> { ["Role"] = [error] };
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = $"{(grant ? "Granted" : "Removed")} {role} {(grant ? "to" : "from")} {user.Email}.";
        return RedirectToPage(new { q = Query });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = users.Users;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = "%" + Query.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            query = query.Where(u => EF.Functions.Like(u.Email!, pattern) || EF.Functions.Like(u.DisplayName, pattern));
        }

        var rows = new List<Row>();
        foreach (var u in await query.OrderBy(u => u.Email).Take(200).ToListAsync(ct))
        {
            rows.Add(new Row(u.Id, u.Email ?? "", u.DisplayName, await users.GetRolesAsync(u)));
        }

        Users = rows;
    }
}
