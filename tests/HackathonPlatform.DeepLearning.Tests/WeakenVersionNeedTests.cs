namespace HackathonPlatform.DeepLearning.Tests;

using HackathonPlatform.DeepLearning.Build;

public sealed class WeakenVersionNeedTests
{
    private const string Glibcxx32 = "GLIBCXX_3.4.32";

    [Fact]
    public void Sets_the_weak_flag_on_that_version_only()
    {
        var (image, flags) = SyntheticElf.Build();

        var outcome = WeakenVersionNeed.Weaken(image, Glibcxx32);

        Assert.Equal(WeakenVersionNeed.Outcome.Weakened, outcome);
        Assert.Equal(WeakenVersionNeed.VerFlagWeak, SyntheticElf.Flags(image, flags[1]));
        Assert.Equal(0, SyntheticElf.Flags(image, flags[0]));
        Assert.Equal(0, SyntheticElf.Flags(image, flags[2]));
    }

    [Fact]
    public void Is_idempotent()
    {
        var (image, _) = SyntheticElf.Build();
        WeakenVersionNeed.Weaken(image, Glibcxx32);
        var once = (byte[])image.Clone();

        var outcome = WeakenVersionNeed.Weaken(image, Glibcxx32);

        Assert.Equal(WeakenVersionNeed.Outcome.AlreadyWeak, outcome);
        Assert.Equal(once, image);
    }

    [Fact]
    public void Keeps_other_flag_bits()
    {
        const ushort verFlagBase = 0x1;
        var (image, flags) = SyntheticElf.Build(initialFlags: verFlagBase);

        WeakenVersionNeed.Weaken(image, Glibcxx32);

        Assert.Equal(verFlagBase | WeakenVersionNeed.VerFlagWeak, SyntheticElf.Flags(image, flags[1]));
    }

    [Fact]
    public void Leaves_an_image_without_the_requirement_unchanged()
    {
        var (image, _) = SyntheticElf.Build();
        var before = (byte[])image.Clone();

        Assert.Equal(WeakenVersionNeed.Outcome.NotRequired, WeakenVersionNeed.Weaken(image, "GLIBCXX_3.4.99"));
        Assert.Equal(before, image);
    }

    [Theory]
    [InlineData(0)] // not ELF at all
    [InlineData(1)] // ELF32
    [InlineData(2)] // section headers past the end
    public void Rejects_what_it_cannot_read(int damage)
    {
        var (image, _) = SyntheticElf.Build();
        switch (damage)
        {
            case 0: image[1] = (byte)'X'; break;
            case 1: image[4] = 1; break;
            default: image[0x28] = 0xff; image[0x29] = 0xff; break;
        }

        Assert.Throws<InvalidDataException>(() => WeakenVersionNeed.Weaken(image, Glibcxx32));
    }

    [Fact]
    public void Task_patches_a_copy_and_never_writes_through_a_hard_link()
    {
        var directory = Directory.CreateTempSubdirectory("weaken-");
        try
        {
            var (image, flags) = SyntheticElf.Build();
            var cache = Path.Combine(directory.FullName, "cache.so");
            var output = Path.Combine(directory.FullName, "output.so");
            File.WriteAllBytes(cache, image);
            HardLink.Create(output, cache); // what the SDK may do with copy-local files
            var stamp = File.GetLastWriteTimeUtc(output);

            var task = new WeakenVersionNeed { Files = [new PathItem(output), new PathItem(output + ".missing")], VersionName = Glibcxx32 };

            Assert.True(task.Execute());
            Assert.Equal(WeakenVersionNeed.VerFlagWeak, SyntheticElf.Flags(File.ReadAllBytes(output), flags[1]));
            Assert.Equal(image, File.ReadAllBytes(cache));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(output));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
