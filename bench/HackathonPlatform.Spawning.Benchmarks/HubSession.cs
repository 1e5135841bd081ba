using System.Net;
using System.Text.RegularExpressions;

namespace HackathonPlatform.Spawning.Benchmarks;

/// <summary>An HTTP client of the in-process hub signed in through the sign-in form (cookie and antiforgery token, as a browser).</summary>
internal static partial class HubSession
{
    public static async Task<HttpClient> SignInAsync(string hubUrl, string email, string password, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(hubUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var form = await http.GetStringAsync("/account/login", cancellationToken);
        var token = TokenPattern().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("No antiforgery token on /account/login.");
        }

        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} gave {(int)response.StatusCode}, not a redirect.");
        }

        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
