// MSBuild inline task (RoslynCodeTaskFactory, Type="Class"), compiled by MSBuild at build time from this
// file; the test project compiles the same file to test the ELF logic on synthetic images.
//
// Why: TorchSharp 0.107.0's libLibTorchSharp.so asks for GLIBCXX_3.4.32 (GCC 13's libstdc++), but Debian 12
// ships libstdc++ up to GLIBCXX_3.4.30, so dlopen fails and TorchSharp reports a misleading "doesn't contain
// a reference to libtorch-cpu-linux-x64". The only symbol of that version is _ZSt21ios_base_library_initv, a
// marker nothing calls. The dynamic loader skips a missing version whose requirement is flagged VER_FLG_WEAK
// (glibc elf/dl-version.c, match_symbol: weak => no error), so setting that one flag bit makes it load.
//
// ELF64 little-endian layout used here (System V gABI + the GNU symbol-versioning extension):
//   ELF header     e_shoff @0x28 (u64), e_shentsize @0x3A (u16), e_shnum @0x3C (u16)
//   section header sh_type @0x04 (u32), sh_offset @0x18 (u64), sh_size @0x20 (u64),
//                  sh_link @0x28 (u32, index of the string table), sh_info @0x2C (u32, entry count)
//   .gnu.version_r (SHT_GNU_verneed) is a chain of Verneed records, one per needed library:
//     Verneed  vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32 (to the first Vernaux), vn_next u32
//     Vernaux  vna_hash u32, vna_flags u16, vna_other u16, vna_name u32 (into .dynstr), vna_next u32
#nullable enable
namespace HackathonPlatform.DeepLearning.Build;

using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;

/// <summary>
/// Sets <c>VER_FLG_WEAK</c> on the version requirement named <see cref="VersionName"/> in every existing file of
/// <see cref="Files"/>. Idempotent: a requirement that is already weak, or a file without it, is left untouched.
/// </summary>
public sealed class WeakenVersionNeed : ITask
{
    /// <summary>Flag bit of vna_flags that makes a missing version a non-fatal condition for ld.so.</summary>
    public const ushort VerFlagWeak = 0x2;

    private const uint ShtGnuVerneed = 0x6ffffffe;

    /// <summary>Outcome of <see cref="Weaken"/> on one ELF image.</summary>
    public enum Outcome
    {
        /// <summary>The flag was set by this call.</summary>
        Weakened,
        /// <summary>The requirement was already weak: nothing changed.</summary>
        AlreadyWeak,
        /// <summary>The image has no requirement of that version name: nothing changed.</summary>
        NotRequired,
    }

    /// <summary>The shared objects to patch in place; missing files are skipped.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The version requirement to weaken, e.g. GLIBCXX_3.4.32.</summary>
    [Required]
    public string VersionName { get; set; } = "";

    /// <inheritdoc />
    public IBuildEngine? BuildEngine { get; set; }

    /// <inheritdoc />
    public ITaskHost? HostObject { get; set; }

    /// <inheritdoc />
    public bool Execute()
    {
        foreach (var item in Files)
        {
            var path = item.ItemSpec;
            if (!File.Exists(path))
            {
                continue;
            }
            try
            {
                var image = File.ReadAllBytes(path);
                var outcome = Weaken(image, VersionName);
                if (outcome == Outcome.Weakened)
                {
                    ReplaceKeepingTimestamp(path, image);
                }
                Log(MessageImportance.Normal, $"{VersionName} in {path}: {outcome}");
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                BuildEngine?.LogErrorEvent(new BuildErrorEventArgs(
                    "", "HPDL001", path, 0, 0, 0, 0,
                    $"Could not mark {VersionName} weak in {path}: {e.Message}", "", nameof(WeakenVersionNeed)));
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Finds the Vernaux entry named <paramref name="versionName"/> in <paramref name="elf"/> (an ELF64
    /// little-endian image) and sets <see cref="VerFlagWeak"/> in its vna_flags, in the array itself.
    /// </summary>
    /// <exception cref="InvalidDataException">The image is not ELF64 little-endian or its tables are truncated.</exception>
    public static Outcome Weaken(byte[] elf, string versionName)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
        {
            throw new InvalidDataException("not an ELF file");
        }
        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException("not ELF64 little-endian");
        }
        var shoff = checked((long)U64(elf, 0x28));
        var shentsize = U16(elf, 0x3A);
        var shnum = U16(elf, 0x3C);
        var found = false;
        var alreadyWeak = false;
        for (var i = 0; i < shnum; i++)
        {
            var sh = shoff + (long)i * shentsize;
            if (U32(elf, sh + 0x04) != ShtGnuVerneed)
            {
                continue;
            }
            var verneed = checked((long)U64(elf, sh + 0x18));
            var count = U32(elf, sh + 0x2C);
            // sh_link of .gnu.version_r names the string table (.dynstr) that vna_name indexes.
            var strtab = shoff + (long)U32(elf, sh + 0x28) * shentsize;
            var strings = checked((long)U64(elf, strtab + 0x18));
            var need = verneed;
            for (var n = 0; n < count; n++)
            {
                var aux = need + U32(elf, need + 8);
                for (var a = 0; a < U16(elf, need + 2); a++)
                {
                    if (CString(elf, strings + U32(elf, aux + 8)) == versionName)
                    {
                        found = true;
                        var flags = U16(elf, aux + 4);
                        alreadyWeak |= (flags & VerFlagWeak) != 0;
                        // Little-endian u16: the flag bit lives in the low byte.
                        elf[aux + 4] = (byte)(flags | VerFlagWeak);
                    }
                    aux += U32(elf, aux + 12);
                }
                need += U32(elf, need + 12);
            }
        }
        return !found ? Outcome.NotRequired : alreadyWeak ? Outcome.AlreadyWeak : Outcome.Weakened;
    }

    // Write a new file and rename it over the old one instead of writing in place: the SDK may have hard-linked
    // the output file to the NuGet cache, which must stay pristine. Keeping the source's timestamp lets the
    // SDK's incremental copy (same size, same time) skip it on the next build instead of copying it again.
    private static void ReplaceKeepingTimestamp(string path, byte[] image)
    {
        var stamp = File.GetLastWriteTimeUtc(path);
        var temp = path + ".weakening";
        File.WriteAllBytes(temp, image);
        File.SetLastWriteTimeUtc(temp, stamp);
        File.Delete(path);
        File.Move(temp, path);
    }

    private void Log(MessageImportance importance, string message) =>
        BuildEngine?.LogMessageEvent(new BuildMessageEventArgs(message, "", nameof(WeakenVersionNeed), importance));

    private static ushort U16(byte[] b, long at)
    {
        Check(b, at, 2);
        return (ushort)(b[at] | b[at + 1] << 8);
    }

    private static uint U32(byte[] b, long at)
    {
        Check(b, at, 4);
        return (uint)(b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24);
    }

    private static ulong U64(byte[] b, long at) => U32(b, at) | (ulong)U32(b, at + 4) << 32;

    private static string CString(byte[] b, long at)
    {
        Check(b, at, 1);
        var end = Array.IndexOf(b, (byte)0, (int)at);
        if (end < 0)
        {
            throw new InvalidDataException("unterminated string in the string table");
        }
        return Encoding.ASCII.GetString(b, (int)at, end - (int)at);
    }

    // SAFETY: every offset comes from the file itself, so each read is bounds-checked against the image.
    private static void Check(byte[] b, long at, int size)
    {
        if (at < 0 || at + size > b.Length)
        {
            throw new InvalidDataException($"offset 0x{at:x} is outside the file");
        }
    }
}
