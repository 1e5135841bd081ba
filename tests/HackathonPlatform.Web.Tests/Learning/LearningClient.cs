using System.Net;
using System.Text.RegularExpressions;
using HackathonPlatform.Core.Data;
using HackathonPlatform.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HackathonPlatform.Web.Tests.Learning;

/// <summary>Posts quiz forms the way a browser does (repeated "answer" fields, the page's antiforgery token) and reads what was stored.</summary>
internal static partial class LearningClient
{
    public const string Course = "neural-networks";
    public const string Lecture = "backpropagation";
    public const string LectureUrl = $"/courses/{Course}/{Lecture}";

    public static async Task<HttpResponseMessage> AnswerQuizAsync(this HubClient client, string quiz, params string[] answers) =>
        await client.AnswerQuizAsync(LectureUrl, quiz, answers);

    public static async Task<HttpResponseMessage> AnswerQuizAsync(this HubClient client, string lectureUrl, string quiz, string[] answers)
    {
        var page = await client.Http.GetStringAsync(lectureUrl);
        var fields = new List<KeyValuePair<string, string>> { new("quiz", quiz) };
        fields.AddRange(answers.Select(a => new KeyValuePair<string, string>("answer", a)));
        if (TokenPattern().Match(page) is { Success: true } token)
        {
            fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        }

        return await client.Http.PostAsync($"{lectureUrl}/quizzes/{quiz}", new FormUrlEncodedContent(fields));
    }

    public static Task<int> CountAttemptsAsync(this HubFactory hub) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().QuizAttempts.CountAsync());

    public static Task<int> CountDoneAsync(this HubFactory hub, string userId) =>
        hub.WithScopeAsync(sp => sp.GetRequiredService<HubDbContext>().LectureProgress.CountAsync(p => p.UserId == userId && p.CompletedAt != null));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
