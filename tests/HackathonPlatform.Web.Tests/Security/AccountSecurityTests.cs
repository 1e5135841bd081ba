using System.Net;
using HackathonPlatform.Web.Pages.Account;
using HackathonPlatform.Web.Security;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Security;

public sealed class AccountSecurityTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var client = hub.NewClient();
        var response = await client.Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = HubFactory.AdminEmail, ["Password"] = HubFactory.AdminPassword }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_then_fails_too()
    {
        var user = await hub.CreateUserAsync("lockme");
        using var client = hub.NewClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "wrong-password-" + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = HubFactory.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(LoginModel.FailureMessage), await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_answers_the_same_for_an_unknown_account_and_a_wrong_password()
    {
        var user = await hub.CreateUserAsync("known");
        using var client = hub.NewClient();

        var unknown = await (await client.PostFormAsync("/account/login", new() { ["Email"] = "ghost@test.local", ["Password"] = "whatever-123" })).Content.ReadAsStringAsync();
        var wrong = await (await client.PostFormAsync("/account/login", new() { ["Email"] = user.Email!, ["Password"] = "whatever-123" })).Content.ReadAsStringAsync();

        Assert.Equal(Strip(unknown), Strip(wrong));
    }

    [Fact]
    public async Task Registration_answers_the_same_for_a_new_and_an_existing_address_and_mails_the_owner()
    {
        var existing = await hub.CreateUserAsync("existing");
        using var client = hub.NewClient();

        var again = await (await client.PostFormAsync("/account/register", new() { ["DisplayName"] = "X", ["Email"] = existing.Email!, ["Password"] = "another-pass-1" })).Content.ReadAsStringAsync();
        var fresh = await (await client.PostFormAsync("/account/register", new() { ["DisplayName"] = "X", ["Email"] = "fresh@test.local", ["Password"] = "another-pass-1" })).Content.ReadAsStringAsync();

        Assert.Contains("register-done", again, StringComparison.Ordinal);
        Assert.Equal(Strip(again).Replace(existing.Email!, "EMAIL", StringComparison.Ordinal), Strip(fresh).Replace("fresh@test.local", "EMAIL", StringComparison.Ordinal));
        var mailbox = hub.Services.GetRequiredService<DevelopmentMailbox>();
        Assert.Contains(mailbox.Messages, m => m.To == existing.Email && m.Subject.StartsWith("Someone tried", StringComparison.Ordinal));
        Assert.Contains(mailbox.Messages, m => m.To == "fresh@test.local" && m.Body.Contains("/account/confirm-email?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Password_reset_answers_the_same_for_unknown_addresses_and_its_logged_link_sets_a_new_password()
    {
        var user = await hub.CreateUserAsync("forgetful");
        using var client = hub.NewClient();
        var unknown = await (await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = "nobody@test.local" })).Content.ReadAsStringAsync();
        var known = await (await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = user.Email! })).Content.ReadAsStringAsync();
        Assert.Equal(Strip(unknown), Strip(known));

        var mail = hub.Services.GetRequiredService<DevelopmentMailbox>().Messages.Last(m => m.To == user.Email);
        var link = new Uri(mail.Body[(mail.Body.IndexOf("http", StringComparison.Ordinal))..].Trim());
        var reset = await client.PostFormAsync(link.PathAndQuery, new()
        {
            ["Email"] = user.Email!,
            ["Token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!,
            ["Password"] = "brand-new-password-9",
        });
        Assert.Contains("Your password was changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await client.SignInAsync(user.Email!, "brand-new-password-9");
    }

    [Fact]
    public async Task The_confirmation_link_from_the_log_confirms_the_address()
    {
        using var client = hub.NewClient();
        await client.PostFormAsync("/account/register", new() { ["DisplayName"] = "Conf", ["Email"] = "confirm@test.local", ["Password"] = "confirm-pass-1" });
        var mail = hub.Services.GetRequiredService<DevelopmentMailbox>().Messages.Last(m => m.To == "confirm@test.local");
        var link = new Uri(mail.Body[(mail.Body.IndexOf("http", StringComparison.Ordinal))..].Trim());

        var page = await client.Http.GetStringAsync(link.PathAndQuery);

        Assert.Contains("your address is confirmed", page, StringComparison.Ordinal);
        Assert.Contains("invalid or has expired", await client.Http.GetStringAsync("/account/confirm-email?userId=x&token=y"), StringComparison.Ordinal);
    }

    /// <summary>Removes the per-response antiforgery token so two pages can be compared.</summary>
    private static string Strip(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "TOKEN")
            .Replace("value=\"ghost@test.local\"", "value=\"\"", StringComparison.Ordinal)
            .Replace("value=\"known@test.local\"", "value=\"\"", StringComparison.Ordinal);
}
