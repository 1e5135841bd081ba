using HackathonPlatform.Learning.Catalog;
using HackathonPlatform.Learning.Search;
using HackathonPlatform.Learning.Tests.Support;

namespace HackathonPlatform.Learning.Tests;

public class CatalogProviderTests
{
    [Fact]
    public void The_provider_keeps_lecture_documents_in_the_search_index_current_and_leaves_docs_alone()
    {
        using var folder = new TempCourses();
        folder.Course("c", "title: C\nlectures: [l]\n").Lecture("c", "l", "---\ntitle: Quarks\n---\nGluons bind them.\n");
        var index = new SearchIndex();
        index.Add(new SearchDocument { Url = "/docs/gluon-faq", Title = "Gluon FAQ", Kind = SearchDocumentKinds.Doc, Text = "" });
        var provider = new CourseCatalogProvider(folder.Root, searchIndex: index);

        Assert.Equal(["/courses/c/l", "/docs/gluon-faq"], index.Search("gluons").Select(h => h.Document.Url).Order());

        folder.Lecture("c", "l", "---\ntitle: Leptons\n---\nMuons decay.\n");
        provider.Reload();

        Assert.Equal(["/docs/gluon-faq"], index.Search("gluons").Select(h => h.Document.Url));
        Assert.Equal("/courses/c/l", index.Search("muons").Single().Document.Url);
    }

    [Fact]
    public void The_folder_watcher_reloads_after_a_lecture_changes()
    {
        using var folder = new TempCourses();
        folder.Course("c", "title: C\nlectures: [l]\n").Lecture("c", "l", "---\ntitle: Before\n---\n");
        var provider = new CourseCatalogProvider(folder.Root);
        using var reloaded = new ManualResetEventSlim();
        using var watcher = new CourseFolderWatcher(provider, folder.Root, TimeSpan.FromMilliseconds(100));
        watcher.Reloaded += (_, catalog) =>
        {
            if (catalog.FindLecture("c", "l")?.Title == "After") reloaded.Set();
        };

        folder.Lecture("c", "l", "---\ntitle: After\n---\n");

        Assert.True(reloaded.Wait(TimeSpan.FromSeconds(20)), "no reload within 20 s");
        Assert.Equal("After", provider.Current.FindLecture("c", "l")!.Title);
    }

    [Fact]
    public void Prerequisites_resolve_within_the_course_and_across_courses()
    {
        using var folder = new TempCourses();
        var catalog = folder.Course("a", "title: A\nlectures: [one]\n").Lecture("a", "one", "---\ntitle: One\n---\n")
            .Course("b", "title: B\nlectures: [two, three]\n")
            .Lecture("b", "two", "---\ntitle: Two\n---\n")
            .Lecture("b", "three", "---\ntitle: Three\nprerequisites: [two, a/one, linear algebra]\n---\n")
            .Load();
        var three = catalog.FindLecture("b", "three")!;

        Assert.Equal(["Two", "One", null], three.Prerequisites.Select(p => catalog.ResolveLecture(p, three)?.Title));
    }
}
