using HackathonPlatform.Web.Katas;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Katas;

public sealed class IndexModel(KatasHub katas) : PageModel
{
    public KatasView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await katas.GetAsync(ct);
}
