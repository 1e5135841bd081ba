using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HackathonPlatform.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "The error was logged. Please try again.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is nothing at this address. It may have been moved or unpublished."),
            403 => ("Not allowed", "Your account may not open this page."),
            400 => ("Bad request", "The request could not be understood. If you submitted a form, reload the page and try again."),
            null => (Heading, Explanation),
            _ => ($"Error {code}", Explanation),
        };
        if (code is { } c)
        {
            Response.StatusCode = c;
        }
    }
}
