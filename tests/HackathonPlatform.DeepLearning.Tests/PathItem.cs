namespace HackathonPlatform.DeepLearning.Tests;

using System.Collections;
using Microsoft.Build.Framework;

/// <summary>An MSBuild item that is just a path, to call the inline task without MSBuild.</summary>
internal sealed class PathItem(string path) : ITaskItem
{
    public string ItemSpec { get; set; } = path;

    public ICollection MetadataNames => Array.Empty<string>();

    public int MetadataCount => 0;

    public string GetMetadata(string metadataName) => "";

    public void SetMetadata(string metadataName, string metadataValue) => throw new NotSupportedException();

    public void RemoveMetadata(string metadataName) => throw new NotSupportedException();

    public void CopyMetadataTo(ITaskItem destinationItem) => throw new NotSupportedException();

    public IDictionary CloneCustomMetadata() => new Hashtable();
}
