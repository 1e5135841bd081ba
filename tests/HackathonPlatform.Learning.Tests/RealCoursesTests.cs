using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Rendering;
using HackathonPlatform.Learning.Search;
using HackathonPlatform.Learning.Tests.Support;

namespace HackathonPlatform.Learning.Tests;

public class RealCoursesTests
{
    private static readonly CourseCatalog Catalog = CourseCatalog.Load(RepoRoot.Courses);

    [Fact]
    public void The_real_courses_folder_loads_without_any_diagnostic() =>
        Assert.Empty(Catalog.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void The_three_introductory_courses_are_there_in_order_with_their_lectures()
    {
        Assert.Equal(["ml-for-physics", "neural-networks", "quantum-ml"], Catalog.Courses.Select(c => c.Id));
        Assert.Equal([4, 6, 4], Catalog.Courses.Select(c => c.Lectures.Count));
        Assert.Equal("Neural networks: principles and architectures", Catalog.FindCourse("neural-networks")!.Title);
    }

    [Fact]
    public void Every_lecture_has_substance_math_and_two_to_four_quiz_questions_of_mixed_types()
    {
        Assert.All(Catalog.Lectures, lecture =>
        {
            Assert.InRange(lecture.WordCount, 400, 1300);
            Assert.Contains("class=\"math\"", lecture.Html, StringComparison.Ordinal);
            Assert.InRange(lecture.Quizzes.Count, 2, 4);
            Assert.True(lecture.Quizzes.Select(q => q.Type).Distinct().Count() >= 2, $"{lecture.Id}: one quiz type only");
            Assert.All(lecture.Quizzes, q => Assert.NotNull(q.ExplanationHtml));
            // The video iframe is ours, added after sanitising; everything after it came from the author.
            var authored = lecture.Video is null ? lecture.Html : lecture.Html[(lecture.Html.IndexOf("</div>", StringComparison.Ordinal) + 6)..];
            HtmlAssert.Inert(authored);
        });
    }

    [Fact]
    public void Each_course_embeds_a_video_only_where_a_real_one_is_given()
    {
        var withVideo = Catalog.Lectures.Where(l => l.Video is not null).ToList();

        Assert.All(withVideo, l => Assert.Equal(VideoKind.YouTube, l.Video!.Kind));
        Assert.Equal("https://www.youtube-nocookie.com/embed/aircAruvnKk", Catalog.FindLecture("neural-networks", "perceptron-and-mlp")!.Video!.EmbedUrl);
    }

    [Fact]
    public void The_quantum_course_links_the_qubo_vqe_exercise_and_the_network_courses_particle_id()
    {
        Assert.All(Catalog.FindCourse("quantum-ml")!.Lectures, l => Assert.Contains("qubo-vqe", l.Exercises));
        Assert.Contains(Catalog.FindCourse("neural-networks")!.Lectures, l => l.Exercises.Contains("particle-id"));
    }

    [Fact]
    public void Searching_the_real_lectures_for_GPU_finds_the_GPU_lecture_first()
    {
        var index = new SearchIndex();
        index.AddRange(Catalog.ToSearchDocuments());

        var hits = index.Search("GPU");

        Assert.Equal("/courses/neural-networks/training-on-gpus", hits[0].Document.Url);
        Assert.Contains("<mark>", hits[0].SnippetHtml, StringComparison.Ordinal);
    }
}
