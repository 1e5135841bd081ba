namespace HackathonPlatform.DeepLearning.Tests;

using System.Text;

/// <summary>
/// The smallest ELF64 little-endian image the patcher reads: a header, .dynstr, .gnu.version_r and three section
/// headers (null, .dynstr, .gnu.version_r). Verneed: libstdc++.so.6 needs GLIBCXX_3.4.30 and GLIBCXX_3.4.32,
/// libc.so.6 needs GLIBC_2.34, like libLibTorchSharp.so.
/// </summary>
internal static class SyntheticElf
{
    public static readonly string[] Versions = ["GLIBCXX_3.4.30", "GLIBCXX_3.4.32", "GLIBC_2.34"];

    /// <summary>The image and the file offset of each version's vna_flags, in <see cref="Versions"/> order.</summary>
    public static (byte[] Image, long[] FlagOffsets) Build(ushort initialFlags = 0)
    {
        var strings = new MemoryStream();
        int Add(string s)
        {
            var at = (int)strings.Length;
            strings.Write(Encoding.ASCII.GetBytes(s + "\0"));
            return at;
        }
        Add("");
        var libstdcxx = Add("libstdc++.so.6");
        var libc = Add("libc.so.6");
        var names = Versions.Select(Add).ToArray();

        const int dynstrOffset = 64;
        var verneedOffset = dynstrOffset + (int)strings.Length + 7 & ~7;
        // Two Verneed records, each followed by its Vernaux records (16 bytes each).
        var verneed = new MemoryStream();
        var w = new BinaryWriter(verneed);
        var flagOffsets = new long[3];
        void Need(int file, int count, bool last)
        {
            w.Write((ushort)1); w.Write((ushort)count); w.Write(file); w.Write(16); w.Write(last ? 0 : 16 + 16 * count);
        }
        void Aux(int version, bool last)
        {
            w.Write(0x0badcafeu); // vna_hash: not checked by the patcher
            flagOffsets[version] = verneedOffset + verneed.Position;
            w.Write(initialFlags); w.Write((ushort)(version + 2)); w.Write(names[version]); w.Write(last ? 0 : 16);
        }
        Need(libstdcxx, 2, last: false);
        Aux(0, last: false);
        Aux(1, last: true);
        Need(libc, 1, last: true);
        Aux(2, last: true);

        var sectionsOffset = verneedOffset + (int)verneed.Length + 7 & ~7;
        var image = new byte[sectionsOffset + 3 * 64];
        var header = new BinaryWriter(new MemoryStream(image));
        header.Write([0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1]);
        header.Seek(0x28, SeekOrigin.Begin); header.Write((ulong)sectionsOffset);
        header.Seek(0x3A, SeekOrigin.Begin); header.Write((ushort)64); header.Write((ushort)3);
        strings.ToArray().CopyTo(image, dynstrOffset);
        verneed.ToArray().CopyTo(image, verneedOffset);
        Section(image, sectionsOffset + 64, type: 3, dynstrOffset, strings.Length, link: 0, info: 0);
        Section(image, sectionsOffset + 128, type: 0x6ffffffe, verneedOffset, verneed.Length, link: 1, info: 2);
        return (image, flagOffsets);
    }

    public static ushort Flags(byte[] image, long at) => BitConverter.ToUInt16(image, (int)at);

    private static void Section(byte[] image, int at, uint type, long offset, long size, uint link, uint info)
    {
        var w = new BinaryWriter(new MemoryStream(image));
        w.Seek(at + 0x04, SeekOrigin.Begin); w.Write(type);
        w.Seek(at + 0x18, SeekOrigin.Begin); w.Write((ulong)offset); w.Write((ulong)size); w.Write(link); w.Write(info);
    }
}
