/**
 * The part of pdfmake 0.3.11 the document engine uses. pdfmake ships no typings; these are
 * written from its source (js/base.js, js/index.js, js/Printer.js) and kept to what we call.
 */
declare module 'pdfmake' {
  namespace pdfmake {
    /** Font file inside the virtual file system; a TTC face is [file, PostScript name]. */
    type FontSource = string | [string, string];
    interface FontDescriptor {
      normal: FontSource;
      bold?: FontSource;
      italics?: FontSource;
      bolditalics?: FontSource;
    }

    type Alignment = 'left' | 'right' | 'center' | 'justify';
    type Margins = number | [number, number] | [number, number, number, number];

    interface Style {
      font?: string;
      fontSize?: number;
      lineHeight?: number;
      alignment?: Alignment;
      bold?: boolean;
      characterSpacing?: number;
      color?: string;
      decoration?: 'underline' | 'lineThrough' | 'overline';
      decorationThickness?: number;
      leadingIndent?: number;
      preserveLeadingSpaces?: boolean;
      preserveTrailingSpaces?: boolean;
      noWrap?: boolean;
    }

    interface TableCellProps {
      colSpan?: number;
      rowSpan?: number;
      border?: [boolean, boolean, boolean, boolean];
      verticalAlignment?: 'top' | 'middle' | 'bottom';
      fillColor?: string;
    }

    interface TableLayout {
      hLineWidth?: (i: number, node: unknown) => number;
      vLineWidth?: (i: number, node: unknown) => number;
      hLineColor?: string;
      vLineColor?: string;
      paddingLeft?: (i: number, node: unknown) => number;
      paddingRight?: (i: number, node: unknown) => number;
      paddingTop?: (i: number, node: unknown) => number;
      paddingBottom?: (i: number, node: unknown) => number;
    }

    type Width = number | '*' | 'auto' | string;

    interface CanvasLine {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      lineWidth?: number;
    }

    interface Node extends Style, TableCellProps {
      text?: Content;
      stack?: Content[];
      columns?: Content[];
      columnGap?: number;
      width?: Width;
      table?: { widths?: Width[]; heights?: number | number[] | ((row: number) => number); body: Content[][]; headerRows?: number; dontBreakRows?: boolean };
      layout?: TableLayout | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
      canvas?: CanvasLine[];
      /** A PNG or JPEG as a data: URL (files and URLs are refused by our access policies). */
      image?: string;
      /** Scale the image to fit in [width, height] points, keeping its proportions. */
      fit?: [number, number];
      margin?: Margins;
      unbreakable?: boolean;
      pageBreak?: 'before' | 'after';
      absolutePosition?: { x: number; y: number };
    }

    type Content = string | Node | Content[];

    interface DocDefinition {
      pageSize?: string | { width: number; height: number };
      pageMargins?: Margins;
      /** Text drawn across the middle of every page, over its content. */
      watermark?: { text: string; font?: string; fontSize?: number; color?: string; opacity?: number; angle?: number; bold?: boolean };
      info?: {
        title?: string;
        author?: string;
        subject?: string;
        keywords?: string;
        creator?: string;
        producer?: string;
        creationDate?: Date;
        modDate?: Date;
      };
      language?: string;
      defaultStyle?: Style;
      content: Content;
      footer?: (currentPage: number, pageCount: number) => Content | null;
      header?: (currentPage: number, pageCount: number) => Content | null;
      compress?: boolean;
      version?: string;
    }

    interface OutputDocument {
      getBuffer(): Promise<Buffer>;
    }

    interface VirtualFileSystem {
      existsSync(filename: string): boolean;
      writeFileSync(filename: string, content: Buffer): void;
    }

    interface PdfMake {
      virtualfs: VirtualFileSystem;
      createPdf(doc: DocDefinition, options?: Record<string, unknown>): OutputDocument;
      setFonts(fonts: Record<string, FontDescriptor>): void;
      setUrlAccessPolicy(policy: (url: string) => boolean): void;
      setLocalAccessPolicy(policy: (path: string) => boolean): void;
    }
  }
  const pdfmake: pdfmake.PdfMake;
  export = pdfmake;
}
