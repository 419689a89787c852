namespace ArchTemplates.Generator.Tests.Schemas;

/// <summary>Data models covering what the schema writer must describe: every shape System.Text.Json serializes.</summary>
internal static class DataModelSources
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using ArchTemplates;

        namespace Acme.Catalog
        {
            [DataModel("Sensor Reading", Naming = JsonNaming.SnakeCaseLower)]
            public sealed record SensorReading(string SensorId, DateTimeOffset Timestamp, Readings Readings, ReadingMetadata? Metadata);

            public sealed record Readings(double Temperature, double Pressure, double Humidity);

            public sealed record ReadingMetadata(string Location, DateTime CalibrationDate);

            [DataModel(Naming = JsonNaming.CamelCase)]
            public sealed class Product
            {
                public required Guid Id { get; init; }

                [JsonPropertyName("display_name")]
                public string Name { get; set; } = "";

                public string? Notes { get; set; }

                public decimal Price { get; set; }

                public int? Stock { get; set; }

                public bool Active { get; set; }

                public DateOnly ReleasedOn { get; set; }

                public Uri? Homepage { get; set; }

                public List<string> Tags { get; set; } = [];

                public int[] Ratings { get; set; } = [];

                public Dictionary<string, double> Prices { get; set; } = [];

                public Category Category { get; set; }

                public Availability Availability { get; set; }

                public IReadOnlyList<Variant> Variants { get; set; } = [];

                [JsonIgnore]
                public string Secret { get; set; } = "";

                [JsonInclude]
                public string Sku = "";

                public byte Priority { get; set; }

                public char Grade { get; set; }
            }

            public sealed record Variant(string Code, Dictionary<string, string?> Attributes, Variant? Parent);

            public enum Category { Hardware = 1, Software = 2 }

            [JsonConverter(typeof(JsonStringEnumConverter))]
            public enum Availability { InStock, Backorder, Discontinued }

            [DataModel("Level")]
            public enum Level { Low = 1, High = -2 }

            [Flags]
            public enum Access { None = 0, Read = 1, Write = 2, Delete = 4 }

            [Flags]
            [JsonConverter(typeof(JsonStringEnumConverter))]
            public enum Channels { None = 0, Email = 1, Sms = 2, Push = 4 }

            /// <param name="Access">Who may change it.</param>
            [DataModel("Attachment", Naming = JsonNaming.CamelCase)]
            public sealed record Attachment(string Name, byte[] Content, Version Format, Availability? Status, Access Access, Channels Channels);

            [DataModel("Drawing", Naming = JsonNaming.CamelCase)]
            public sealed record Drawing(string Title, IReadOnlyList<Shape> Shapes, Shape? Background);

            [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
            [JsonDerivedType(typeof(Circle), "circle")]
            [JsonDerivedType(typeof(Square), 2)]
            public abstract record Shape(string Color);

            public sealed record Circle(string Color, double Radius) : Shape(Color);

            public sealed record Square(string Color, double Side) : Shape(Color);

            [DataModel("Notification")]
            [JsonDerivedType(typeof(EmailNotification), "email")]
            public record Notification(string Recipient);

            public sealed record EmailNotification(string Recipient, string Subject) : Notification(Recipient);

            [DataModel("Inbox")]
            public sealed record Inbox(string Owner, IReadOnlyList<IMessage> Messages);

            [JsonPolymorphic(UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType, IgnoreUnrecognizedTypeDiscriminators = true)]
            [JsonDerivedType(typeof(TextMessage), "text")]
            [JsonDerivedType(typeof(Ping))]
            public interface IMessage
            {
                int Id => 0;
            }

            public sealed record TextMessage(string Text) : IMessage;

            public sealed record Ping(int Count) : IMessage;

            [DataModel("Meter")]
            [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
            public sealed record Meter(
                string Name,
                int Count,
                uint Serial,
                double? Ratio,
                IReadOnlyList<long> Totals,
                [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double Reading,
                decimal Price);

            [DataModel("Calibration", Naming = JsonNaming.KebabCaseLower)]
            public sealed record Calibration(string DeviceURLPath, int Retry2Count, DateTimeOffset LastCalibratedAt, string? IOError);

            [DataModel("Tree Node")]
            public sealed class TreeNode
            {
                public string Label { get; set; } = "";

                public List<TreeNode> Children { get; set; } = [];
            }
        }
        """;
}
