using HackathonPlatform.Katas;
using HackathonPlatform.Web.Katas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Katas;

public sealed class KataModel(KatasHub katas) : PageModel
{
    public Kata Kata { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kata, CancellationToken ct)
    {
        var found = (await katas.GetAsync(ct)).FindKata(kata);
        if (found is null)
        {
            return NotFound();
        }

        Kata = found;
        return Page();
    }
}
