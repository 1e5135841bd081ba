using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Json;

/// <summary>Eager conversion from a parsed <see cref="JsonElement"/> to mutable nodes.</summary>
internal static class JsonNodes
{
    // Built by hand rather than JsonObject.Create: that one is lazy and throws on duplicate keys
    // when first touched, far from the reader. Python keeps the last duplicate; so do we.
    public static JsonNode? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = FromElement(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(FromElement(item));
                }

                return array;
            case JsonValueKind.String:
                return JsonValue.Create(element.GetString()!);
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            case JsonValueKind.Number:
                return JsonValue.Create(element.Clone());
            default:
                return null;
        }
    }
}
