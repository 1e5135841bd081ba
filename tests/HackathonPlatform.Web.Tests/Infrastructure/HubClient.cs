using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace HackathonPlatform.Web.Tests.Infrastructure;

/// <summary>An HTTP client with a cookie jar that fills forms the way a browser does (antiforgery token included).</summary>
public sealed partial class HubClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>GETs the form page, then POSTs the fields with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null, string? handler = null)
    {
        var page = await Http.GetStringAsync(formPage ?? url);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage ?? url}");
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var target = handler is null ? url : $"{url}?handler={handler}";
        return await Http.PostAsync(target, new FormUrlEncodedContent(content));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public Task<HttpResponseMessage> PostJsonAsync<T>(string url, T body) => Http.PostAsJsonAsync(url, body);

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
