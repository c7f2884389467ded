namespace DoubleRandom.Application.Draws;

/// <summary>Renders the record as an A4 PDF in Chinese.</summary>
public interface IDrawRecordRenderer
{
    byte[] Render(DrawRecordModel model);
}
