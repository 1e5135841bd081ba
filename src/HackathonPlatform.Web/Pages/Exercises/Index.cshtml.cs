using HackathonPlatform.Web.Grading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages.Exercises;

[Authorize]
public sealed class IndexModel(ExerciseAccess access, ExercisePresenter presenter) : PageModel
{
    public IReadOnlyList<(ExerciseContext Context, ExerciseDto Dto)> Exercises { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var list = new List<(ExerciseContext, ExerciseDto)>();
        foreach (var context in await access.ListAsync(User, ct))
        {
            list.Add((context, await presenter.DtoAsync(context, ct)));
        }

        Exercises = list;
    }
}
