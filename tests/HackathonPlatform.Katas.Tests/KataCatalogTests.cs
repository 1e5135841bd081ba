using HackathonPlatform.Katas.Tests.Support;

namespace HackathonPlatform.Katas.Tests;

public sealed class KataCatalogTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    [Fact]
    public void Catalogue_lists_every_kata_and_exercise_shipped_in_qsharp_lang()
    {
        var catalog = fixture.Catalog;

        Assert.Equal("1.32.5-dev", catalog.Version);
        Assert.Equal(27, catalog.Katas.Count); // 26 published, plus nonlocal_games which is shipped unpublished
        Assert.Equal(26, catalog.Katas.Count(k => k.Published));
        Assert.Equal(225, catalog.Exercises.Count());
        Assert.Equal("getting_started", catalog.Katas[0].Id);
        Assert.False(catalog.Katas[^1].Published);
    }

    [Fact]
    public void Every_exercise_has_a_title_a_description_a_placeholder_and_a_reference_solution()
    {
        var exercises = fixture.Catalog.Exercises.ToList();

        Assert.Equal(exercises.Count, exercises.Select(e => e.Id).Distinct().Count());
        Assert.All(exercises, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Title), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.DescriptionMarkdown), e.Id);
            Assert.Contains("namespace Kata", e.PlaceholderCode, StringComparison.Ordinal);
            Assert.NotEmpty(e.ReferenceSolutions);
            Assert.StartsWith(e.KataId + "__", e.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Exercises_are_found_by_kata_and_id()
    {
        var flip = fixture.Catalog.FindExercise("getting_started", "getting_started__flip_qubit");

        Assert.NotNull(flip);
        Assert.Equal("Flip a Qubit", flip.Title);
        Assert.Contains("operation FlipQubit", flip.PlaceholderCode, StringComparison.Ordinal);
        Assert.Null(fixture.Catalog.FindExercise("getting_started", "no_such_exercise"));
        Assert.Null(fixture.Catalog.FindKata("../etc"));
    }

    [Fact]
    public async Task A_second_load_reads_the_cache_instead_of_starting_node()
    {
        // A node that cannot start proves the cache was read, without a timing that a loaded machine can break.
        var again = await KataCatalog.LoadAsync(fixture.Options with { NodePath = "/nonexistent/node" });

        Assert.Equal(fixture.Catalog.Exercises.Count(), again.Exercises.Count());
        Assert.True(File.Exists(Path.Combine(fixture.Options.CacheDirectory!, "hackathon-katas-index-1.32.5-dev.json")));
    }

    [Fact]
    public async Task A_corrupt_cache_is_rebuilt()
    {
        var options = fixture.Options with { CacheDirectory = Directory.CreateTempSubdirectory("katas-cache-").FullName };
        try
        {
            await File.WriteAllTextAsync(Path.Combine(options.CacheDirectory!, "hackathon-katas-index-1.32.5-dev.json"), "{ not json");

            var catalog = await KataCatalog.LoadAsync(options);

            Assert.Equal(225, catalog.Exercises.Count());
        }
        finally
        {
            Directory.Delete(options.CacheDirectory!, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_package_fails_with_the_install_command()
    {
        var options = fixture.Options with { QuantumDirectory = Directory.CreateTempSubdirectory("no-quantum-").FullName };

        var error = await Assert.ThrowsAsync<QsharpToolchainException>(() => KataCatalog.LoadAsync(options));

        Assert.Contains("cd quantum && npm ci", error.Message, StringComparison.Ordinal);
        Directory.Delete(options.QuantumDirectory, recursive: true);
    }
}
