using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HackathonPlatform.Notebooks.Json;

/// <summary>
/// Writes JSON exactly as nbformat does with Python's json module: <c>indent=1</c>,
/// <c>sort_keys=True</c>, <c>ensure_ascii=False</c>, separators ", " / ": " collapsed by the indent
/// to "," and ": ". Byte-identical output keeps diffs of notebooks edited here and in Jupyter small.
/// </summary>
internal static class PythonJsonWriter
{
    public static void Write(JsonNode? node, StringBuilder sb, int level)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                WriteObject(obj, sb, level);
                break;
            case JsonArray array:
                WriteArray(array, sb, level);
                break;
            case JsonValue value:
                WriteValue(value, sb);
                break;
        }
    }

    private static void WriteObject(JsonObject obj, StringBuilder sb, int level)
    {
        if (obj.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        sb.Append("{\n");
        var first = true;
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(",\n");
            }

            first = false;
            sb.Append(' ', level + 1);
            WriteString(key, sb);
            sb.Append(": ");
            Write(value, sb, level + 1);
        }

        sb.Append('\n').Append(' ', level).Append('}');
    }

    private static void WriteArray(JsonArray array, StringBuilder sb, int level)
    {
        if (array.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        sb.Append("[\n");
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(",\n");
            }

            sb.Append(' ', level + 1);
            Write(array[i], sb, level + 1);
        }

        sb.Append('\n').Append(' ', level).Append(']');
    }

    private static void WriteValue(JsonValue value, StringBuilder sb)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), sb);
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Number:
                sb.Append(FormatNumber(value));
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static string FormatNumber(JsonValue value)
    {
        // Numbers read from a file keep their text; Python keeps integers exact and rewrites
        // every other number as a float.
        if (value.TryGetValue(out JsonElement element))
        {
            var text = element.GetRawText();
            return text.AsSpan().IndexOfAny(".eE") < 0 ? text : PythonFloat.Json(element.GetDouble());
        }

        if (value.TryGetValue(out double d))
        {
            return PythonFloat.Json(d);
        }

        if (value.TryGetValue(out float f))
        {
            return PythonFloat.Json(f);
        }

        if (value.TryGetValue(out decimal m))
        {
            return PythonFloat.Json((double)m);
        }

        var raw = value.ToJsonString();
        return raw.AsSpan().IndexOfAny(".eE") < 0
            ? raw
            : PythonFloat.Json(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    public static void WriteString(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
