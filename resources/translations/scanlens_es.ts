<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader.</source>
        <translation>Asistente de radiología sin conexión. No es un producto sanitario: todo hallazgo debe ser confirmado por un lector cualificado.</translation>
    </message>
    <message>
        <source>(cannot read {name}: {reason})</source>
        <translation>(no se puede leer {name}: {reason})</translation>
    </message>
    <message>
        <source>{package} ships no license file; its metadata says: {license}</source>
        <translation>{package} no incluye ningún archivo de licencia; sus metadatos indican: {license}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software de terceros</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copiar los detalles de la versión</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Con licencia Apache-2.0.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>sha256 (card)</source>
        <translation>sha256 (ficha)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Installed models (the file hash is checked before each model is loaded):</source>
        <translation>Modelos instalados (el hash del archivo se comprueba antes de cargar cada modelo):</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>no disponible: {reason}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>models: {ids}</source>
        <translation>modelos: {ids}</translation>
    </message>
    <message>
        <source>No model with a training data citation is installed.</source>
        <translation>No hay instalado ningún modelo que cite sus datos de entrenamiento.</translation>
    </message>
    <message>
        <source>Data sets the models were trained on</source>
        <translation>Conjuntos de datos con los que se entrenaron los modelos</translation>
    </message>
    <message>
        <source>Bundled fonts, images and test files</source>
        <translation>Fuentes, imágenes y archivos de prueba incluidos</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>More toolbar buttons</source>
        <translation>Más botones de la barra de herramientas</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open File(s)…</source>
        <translation>&amp;Abrir archivo(s)…</translation>
    </message>
    <message>
        <source>Open DICOM or image files</source>
        <translation>Abrir archivos DICOM o de imagen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Browse the images in a folder</source>
        <translation>Recorrer las imágenes de una carpeta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <source>Next image in the strip</source>
        <translation>Imagen siguiente de la tira</translation>
    </message>
    <message>
        <source>P&amp;revious Image</source>
        <translation>Imagen a&amp;nterior</translation>
    </message>
    <message>
        <source>Previous image in the strip</source>
        <translation>Imagen anterior de la tira</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>Mostrar la imagen completa en la ventana</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un píxel de imagen por píxel de pantalla</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Girar a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Rotate 90° counter-clockwise</source>
        <translation>Girar 90° en sentido antihorario</translation>
    </message>
    <message>
        <source>⟲ Rotate</source>
        <translation>⟲ Girar</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Girar a la &amp;derecha</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Girar 90° en sentido horario</translation>
    </message>
    <message>
        <source>⟳ Rotate</source>
        <translation>⟳ Girar</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontal</source>
        <translation>Voltear &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Mirror left ↔ right</source>
        <translation>Reflejar izquierda ↔ derecha</translation>
    </message>
    <message>
        <source>↔ Flip</source>
        <translation>↔ Voltear</translation>
    </message>
    <message>
        <source>Flip &amp;Vertical</source>
        <translation>Voltear &amp;verticalmente</translation>
    </message>
    <message>
        <source>Mirror top ↕ bottom</source>
        <translation>Reflejar arriba ↕ abajo</translation>
    </message>
    <message>
        <source>↕ Flip</source>
        <translation>↕ Voltear</translation>
    </message>
    <message>
        <source>R&amp;eset View</source>
        <translation>R&amp;establecer la vista</translation>
    </message>
    <message>
        <source>Reset window, inversion, rotation and zoom</source>
        <translation>Restablecer ventana, inversión, rotación y zoom</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Auto Window</source>
        <translation>Ventana &amp;automática</translation>
    </message>
    <message>
        <source>Window from the image histogram (0.5–99.5 %)</source>
        <translation>Ventana a partir del histograma de la imagen (0,5–99,5 %)</translation>
    </message>
    <message>
        <source>Auto W/L</source>
        <translation>Ventana auto</translation>
    </message>
    <message>
        <source>&amp;Default Window</source>
        <translation>Ventana &amp;predeterminada</translation>
    </message>
    <message>
        <source>The file&apos;s own window, else the full range</source>
        <translation>La ventana del propio archivo; si no, el rango completo</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Invertir</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>Invertir los niveles de gris</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>Next F&amp;rame</source>
        <translation>&amp;Fotograma siguiente</translation>
    </message>
    <message>
        <source>Previous Fra&amp;me</source>
        <translation>Fotograma a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;About ScanLens</source>
        <translation>&amp;Acerca de ScanLens</translation>
    </message>
    <message>
        <source>&amp;Analyse Image</source>
        <translation>&amp;Analizar la imagen</translation>
    </message>
    <message>
        <source>Run the AI analysis on the image on screen</source>
        <translation>Ejecutar el análisis con IA de la imagen en pantalla</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>Mostrar &amp;mapa de calor</translation>
    </message>
    <message>
        <source>Show where the model looked</source>
        <translation>Mostrar dónde se fijó el modelo</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Analyse F&amp;older…</source>
        <translation>Analizar una ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>Triage every image in a folder (batch)</source>
        <translation>Clasificar todas las imágenes de una carpeta (lote)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Installed AI models, their cards and execution devices</source>
        <translation>Modelos de IA instalados, sus fichas y los dispositivos de ejecución</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Execution device, automatic analysis, models folder</source>
        <translation>Dispositivo de ejecución, análisis automático, carpeta de modelos</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>&amp;Exportar informe (PDF)…</translation>
    </message>
    <message>
        <source>Write the PDF report of the result on screen</source>
        <translation>Guardar el informe PDF del resultado en pantalla</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <source>Print the report of the result on screen</source>
        <translation>Imprimir el informe del resultado en pantalla</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation>Vista previa del informe impreso</translation>
    </message>
    <message>
        <source>Export to PACS Fol&amp;der (DICOM)…</source>
        <translation>Exportar a carpeta &amp;PACS (DICOM)…</translation>
    </message>
    <message>
        <source>Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder</source>
        <translation>Guardar el resultado como DICOM Secondary Capture + PDF encapsulado en una carpeta</translation>
    </message>
    <message>
        <source>Case &amp;History</source>
        <translation>&amp;Historial de casos</translation>
    </message>
    <message>
        <source>Past cases, their reviews and the audit trail</source>
        <translation>Casos anteriores, sus revisiones y el registro de auditoría</translation>
    </message>
    <message>
        <source>Report Se&amp;ttings…</source>
        <translation>Configuración del in&amp;forme…</translation>
    </message>
    <message>
        <source>Reviewer name, clinic name and logo, page size</source>
        <translation>Nombre del revisor, nombre y logotipo de la clínica, tamaño de página</translation>
    </message>
    <message>
        <source>&amp;Language and Text Size…</source>
        <translation>&amp;Idioma y tamaño del texto…</translation>
    </message>
    <message>
        <source>Interface language (after a restart) and text size</source>
        <translation>Idioma de la interfaz (tras reiniciar) y tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;neles</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Imagen</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>AnalysedCase</name>
    <message>
        <source>Case #{id}</source>
        <translation>Caso n.º {id}</translation>
    </message>
    <message>
        <source>New case (not yet recorded)</source>
        <translation>Caso nuevo (aún no registrado)</translation>
    </message>
    <message>
        <source>{case} — {file}: {decision}</source>
        <translation>{case} — {file}: {decision}</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Analysis not possible: {reason}</source>
        <translation>Análisis no posible: {reason}</translation>
    </message>
    <message>
        <source>Analysis failed: not enough memory</source>
        <translation>El análisis falló: memoria insuficiente</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error} ({reason})</source>
        <translation>El análisis falló: {error} inesperado ({reason})</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error}</source>
        <translation>El análisis falló: {error} inesperado</translation>
    </message>
    <message>
        <source>Model attention for {label}, relative to this image</source>
        <translation>Atención del modelo para {label}, relativa a esta imagen</translation>
    </message>
    <message>
        <source>Cannot open: {reason}</source>
        <extracomment>Where a failed analysis stopped: the file could not be decoded, the model could not be used, or an unexpected error (``reason`` then already says so). Metadata keys a report or export may use besides the report&apos;s :data:`PATIENT_FIELDS`. Patient/study keys an analysis keeps from the image&apos;s metadata (for records, reports and exports).</extracomment>
        <translation>No se puede abrir: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Analysis</source>
        <extracomment>Delay between showing an image and preparing its analysis in the background (well under the time a reader takes to press Analyse; long enough for the first paint and for flicking through thumbnails).</extracomment>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>AI device</source>
        <translation>Dispositivo de la IA</translation>
    </message>
    <message>
        <source>AI device: {device}</source>
        <translation>Dispositivo de la IA: {device}</translation>
    </message>
    <message>
        <source>Models are loaded on the first analysis</source>
        <translation>Los modelos se cargan en el primer análisis</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Press Analyse ({key}) to run the AI on this image.</source>
        <translation>Pulse Analizar ({key}) para ejecutar la IA sobre esta imagen.</translation>
    </message>
    <message>
        <source>The result was for frame {frame}. Press Analyse ({key}) for this frame.</source>
        <translation>El resultado era del fotograma {frame}. Pulse Analizar ({key}) para este fotograma.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW — {decision}</source>
        <translation>REQUIERE REVISIÓN — {decision}</translation>
    </message>
    <message>
        <source>Not analysed: {reason}</source>
        <translation>No analizada: {reason}</translation>
    </message>
    <message>
        <source>AI: {provider}</source>
        <translation>IA: {provider}</translation>
    </message>
    <message>
        <source>Analysis runs on {provider} (setting: {device})</source>
        <translation>El análisis se ejecuta en {provider} (ajuste: {device})</translation>
    </message>
    <message>
        <source>Result stored by the batch run for {file} (not re-run).</source>
        <translation>Resultado guardado por el análisis por lotes de {file} (no se vuelve a ejecutar).</translation>
    </message>
    <message>
        <source>Analyse folder</source>
        <translation>Analizar carpeta</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Auto — chosen by the input gate</source>
        <translation>Automático — elegido por el control de entrada</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analizando</translation>
    </message>
    <message>
        <source>Analyse automatically on open</source>
        <translation>Analizar automáticamente al abrir</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Open an image, then press Analyse ({key}).</source>
        <translation>Abra una imagen y pulse Analizar ({key}).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>{model} (unavailable)</source>
        <translation>{model} (no disponible)</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito de uso</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Control de entrada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analizada</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>No analizada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <extracomment>Rows that need review: dark text on amber whatever the theme (contrast checked by the tests).</extracomment>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch triage</source>
        <translation>Triaje por lotes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Needs review only</source>
        <translation>Solo las que requieren revisión</translation>
    </message>
    <message>
        <source>Outside validated use only</source>
        <translation>Solo fuera del uso validado</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Resultados del lote</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Estado del lote</translation>
    </message>
    <message>
        <source>Filter: file, patient, decision, status…</source>
        <translation>Filtrar: archivo, paciente, decisión, estado…</translation>
    </message>
    <message>
        <source>Filter the results</source>
        <translation>Filtrar los resultados</translation>
    </message>
    <message>
        <source>&lt;b&gt;{folder}&lt;/b&gt; — model: {model}</source>
        <translation>&lt;b&gt;{folder}&lt;/b&gt; — modelo: {model}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Buscando imágenes…</translation>
    </message>
    <message>
        <source>Cancelling — waiting for the images that are running…</source>
        <translation>Cancelando — esperando a las imágenes en curso…</translation>
    </message>
    <message>
        <source>Analysing {number} of {total}…</source>
        <translation>Analizando {number} de {total}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>No se encontraron imágenes compatibles en esa carpeta.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} images, {review} need review.</source>
        <translation>Cancelado: {done} de {total} imágenes, {review} requieren revisión.</translation>
    </message>
    <message>
        <source>Done: {done} of {total} images, {review} need review.</source>
        <translation>Terminado: {done} de {total} imágenes, {review} requieren revisión.</translation>
    </message>
    <message>
        <source>Batch stopped: {reason}</source>
        <translation>Lote detenido: {reason}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation>{count} filas exportadas a {path}</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>The case history failed: unexpected {error} ({detail})</source>
        <translation>El historial de casos falló: {error} inesperado ({detail})</translation>
    </message>
</context>
<context>
    <name>CliAnalyze</name>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
    <message>
        <source>{file}: not analysed: {reason}</source>
        <translation>{file}: no analizado: {reason}</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>no se encontraron archivos de imagen</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>{path}: audit log intact, {entries} entries; head {head}</source>
        <translation>{path}: registro de auditoría íntegro, {entries} entradas; cabeza {head}</translation>
    </message>
    <message>
        <source>Keep the head hash elsewhere to detect later truncation of the newest entries.</source>
        <translation>Guarde el hash de cabeza en otro lugar para detectar un truncamiento posterior de las entradas más recientes.</translation>
    </message>
    <message>
        <source>audit entry {id}</source>
        <translation>entrada de auditoría {id}</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>caso {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>el historial de casos</translation>
    </message>
    <message>
        <source>{path}: AUDIT FAILED at {place}: {reason}</source>
        <translation>{path}: AUDITORÍA FALLIDA en {place}: {reason}</translation>
    </message>
    <message>
        <source>Entries before that point are still trustworthy; later ones are not.</source>
        <translation>Las entradas anteriores a ese punto siguen siendo fiables; las posteriores no.</translation>
    </message>
</context>
<context>
    <name>CliCaseHistory</name>
    <message>
        <source>there is no case history at {path}</source>
        <translation>no hay historial de casos en {path}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>commands from {module} are unavailable: {error}</source>
        <translation>los comandos de {module} no están disponibles: {error}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or ISO date-time</source>
        <translation>{text} no es una fecha (YYYY-MM-DD) ni una fecha y hora ISO</translation>
    </message>
    <message>
        <source>{count} case(s)</source>
        <translation>{count} caso(s)</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
</context>
<context>
    <name>CliInfo</name>
    <message>
        <source>refused: {reason}</source>
        <translation>rechazado: {reason}</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>monochrome</source>
        <translation>monocroma</translation>
    </message>
    <message>
        <source>{format} via {decoder}: {frames} frame(s), {columns}x{rows} {kind}</source>
        <translation>{format} mediante {decoder}: {frames} fotograma(s), {columns}x{rows} {kind}</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name}), inverted</source>
        <translation>ventana: centro {center} anchura {width} ({name}), invertida</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name})</source>
        <translation>ventana: centro {center} anchura {width} ({name})</translation>
    </message>
    <message>
        <source>pixels: min {min} max {max} mean {mean}</source>
        <translation>píxeles: mín. {min} máx. {max} media {mean}</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>nombre del paciente</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <source>study date</source>
        <translation>fecha del estudio</translation>
    </message>
    <message>
        <source>body part</source>
        <translation>región anatómica</translation>
    </message>
    <message>
        <source>transfer syntax</source>
        <translation>sintaxis de transferencia</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <source>UNAVAILABLE: {reason}</source>
        <translation>NO DISPONIBLE: {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>CliPacs</name>
    <message>
        <source>replaced {node}</source>
        <translation>reemplazado: {node}</translation>
    </message>
    <message>
        <source>added {node}</source>
        <translation>añadido: {node}</translation>
    </message>
    <message>
        <source>removed {node}</source>
        <translation>eliminado: {node}</translation>
    </message>
    <message>
        <source>{name}: C-ECHO ok in {ms} ms ({ae}@{host}:{port})</source>
        <translation>{name}: C-ECHO correcto en {ms} ms ({ae}@{host}:{port})</translation>
    </message>
    <message>
        <source>1 study found</source>
        <translation>1 estudio encontrado</translation>
    </message>
    <message>
        <source>{count} studies found</source>
        <translation>{count} estudios encontrados</translation>
    </message>
    <message>
        <source>retrieved {count} instance(s) of {study} into {folder}</source>
        <translation>{count} instancia(s) de {study} recuperada(s) en {folder}</translation>
    </message>
    <message>
        <source>{count} refused or failed</source>
        <translation>{count} rechazada(s) o fallida(s)</translation>
    </message>
    <message>
        <source>{path}: already in the outbox for {node}</source>
        <translation>{path}: ya está en la bandeja de salida para {node}</translation>
    </message>
    <message>
        <source>tries {count}</source>
        <translation>intentos {count}</translation>
    </message>
    <message>
        <source>still waiting: {uid} for {node}: {error}</source>
        <translation>aún en espera: {uid} para {node}: {error}</translation>
    </message>
</context>
<context>
    <name>CliReceive</name>
    <message>
        <source>{path}: not analysed: {reason}</source>
        <translation>{path}: no analizado: {reason}</translation>
    </message>
    <message>
        <source>{path}: {decision} (case {case})</source>
        <translation>{path}: {decision} (caso {case})</translation>
    </message>
    <message>
        <source>{path}: {decision} — not recorded in the case history: {error}</source>
        <translation>{path}: {decision} — no registrado en el historial de casos: {error}</translation>
    </message>
    <message>
        <source>listening as {ae} on {address}:{port}, storing into {folder}</source>
        <translation>escuchando como {ae} en {address}:{port}, guardando en {folder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>received {path} from {ae}@{host}</source>
        <translation>recibido {path} de {ae}@{host}</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <source>the window width must be a positive number</source>
        <translation>la anchura de ventana debe ser un número positivo</translation>
    </message>
    <message>
        <source>frame {frame} does not exist (the image has {count} frame(s))</source>
        <translation>el fotograma {frame} no existe (la imagen tiene {count} fotograma(s))</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({width}x{height})</source>
        <translation>escrito {path} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>CliSelfTest</name>
    <message>
        <source>{app} {version} self-test ({install})</source>
        <translation>{app} {version} autoprueba ({install})</translation>
    </message>
</context>
<context>
    <name>ConfidenceBars</name>
    <message>
        <source>threshold {value}</source>
        <extracomment>Bar colours, fixed so that their contrast holds on any theme: each fill is ≥ 3:1 against the track.</extracomment>
        <translation>umbral {value}</translation>
    </message>
    <message>
        <source>min. confidence {value}</source>
        <translation>confianza mín. {value}</translation>
    </message>
    <message>
        <source>{label} {percent} %</source>
        <translation>{label} {percent} %</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <source>review band {low}–{high}</source>
        <translation>banda de revisión {low}–{high}</translation>
    </message>
    <message>
        <source>below {high}</source>
        <translation>por debajo de {high}</translation>
    </message>
    <message>
        <source>{band}: needs review   │ {caption}</source>
        <translation>{band}: requiere revisión   │ {caption}</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{app} hit {count} unexpected errors (latest: {error}).</source>
        <translation>{app} encontró {count} errores inesperados (último: {error}).</translation>
    </message>
    <message>
        <source>{app} — unexpected error</source>
        <translation>{app} — error inesperado</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error ({error}). It keeps running, but the last action may not have completed.</source>
        <translation>{app} encontró un error inesperado ({error}). Sigue funcionando, pero es posible que la última acción no se haya completado.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Los detalles se guardaron en {path}</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>{outside}. {decision}</source>
        <translation>{outside}. {decision}</translation>
    </message>
    <message>
        <source>{positive} suspected — {p}, above the operating threshold {threshold}</source>
        <translation>Sospecha de {positive} — {p}, por encima del umbral operativo {threshold}</translation>
    </message>
    <message>
        <source>{negative} — {positive} {p}, below the operating threshold {threshold}</source>
        <translation>{negative} — {positive} {p}, por debajo del umbral operativo {threshold}</translation>
    </message>
    <message>
        <source>Needs review: {decision} (uncertain band {low}–{high})</source>
        <translation>Requiere revisión: {decision} (banda de incertidumbre {low}–{high})</translation>
    </message>
    <message>
        <source>{label} — {p}, the most likely of {count} classes</source>
        <translation>{label} — {p}, la más probable de {count} clases</translation>
    </message>
    <message>
        <source>also plausible: {labels}</source>
        <translation>también plausible: {labels}</translation>
    </message>
    <message>
        <source>not clearly supported</source>
        <translation>sin respaldo claro</translation>
    </message>
    <message>
        <source>Needs review: {decision}; {why}</source>
        <translation>Requiere revisión: {decision}; {why}</translation>
    </message>
    <message>
        <source>Needs review: {decision}; confidence below {cutoff}</source>
        <translation>Requiere revisión: {decision}; confianza inferior a {cutoff}</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large (125 %)</source>
        <translation>Grande (125 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Más grande (150 %)</translation>
    </message>
    <message>
        <source>Language and Text Size</source>
        <translation>Idioma y tamaño del texto</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie ScanLens.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>AI assistance — not a diagnosis</source>
        <translation>Asistencia de IA — no es un diagnóstico</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
    <message>
        <source>Input check took this for “{kind}”; scored at the user&apos;s request</source>
        <translation>El control de entrada la tomó por «{kind}»; analizada a petición del usuario</translation>
    </message>
    <message>
        <source>Model {model} v{version}</source>
        <translation>Modelo {model} v{version}</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>No file was recorded for this case.</source>
        <translation>No se registró ningún archivo para este caso.</translation>
    </message>
    <message>
        <source>The file is no longer there: {path}</source>
        <translation>El archivo ya no está: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}): {path}</source>
        <translation>No se puede leer el archivo ({reason}): {path}</translation>
    </message>
    <message>
        <source>Re-opened the file; no checksum was recorded to compare it with.</source>
        <translation>Archivo reabierto; no se registró ninguna suma de verificación para compararlo.</translation>
    </message>
    <message>
        <source>⚠ The file has CHANGED since it was analysed (sha256 differs): the image on screen may not be the one this result belongs to.</source>
        <translation>⚠ El archivo ha CAMBIADO desde el análisis (sha256 distinto): puede que la imagen en pantalla no sea la de este resultado.</translation>
    </message>
    <message>
        <source>Re-opened the file; it is unchanged since the analysis (sha256 matches).</source>
        <translation>Archivo reabierto; no ha cambiado desde el análisis (sha256 coincide).</translation>
    </message>
    <message>
        <source>Review: &lt;b&gt;{agreement}&lt;/b&gt; by {reviewer} {when}</source>
        <translation>Revisión: &lt;b&gt;{agreement}&lt;/b&gt; por {reviewer} {when}</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case #{id}&lt;/b&gt; · {time} · patient {patient} · study {study}</source>
        <translation>&lt;b&gt;Caso n.º {id}&lt;/b&gt; · {time} · paciente {patient} · estudio {study}</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}</source>
        <translation>Modelo {model} {version} · sha256 {sha} · {provider}</translation>
    </message>
    <message>
        <source>Stored result, not re-run; the heatmap is not stored.</source>
        <translation>Resultado guardado, no se vuelve a ejecutar; el mapa de calor no se guarda.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>{model} ({kind})</source>
        <translation>{model} ({kind})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the input gate model is not installed</source>
        <translation>el modelo de control de entrada no está instalado</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}). ScanLens has models for: {models}.</source>
        <translation>Esta imagen parece {kind} ({score}). ScanLens tiene modelos para: {models}.</translation>
    </message>
    <message>
        <source>The input gate is unsure what this image is (best guess {kind}, {score} &lt; {cutoff}); {model} was not applied.</source>
        <translation>El control de entrada no sabe con certeza qué es esta imagen (mejor estimación: {kind}, {score} &lt; {cutoff}); no se aplicó {model}.</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}), but {model} is for {model_kind}.</source>
        <translation>Esta imagen parece {kind} ({score}), pero {model} es para {model_kind}.</translation>
    </message>
    <message>
        <source>no model called &apos;{model}&apos;; installed: {models}</source>
        <translation>no hay ningún modelo llamado &apos;{model}&apos;; instalados: {models}</translation>
    </message>
</context>
<context>
    <name>HeatmapControls</name>
    <message>
        <source>Show over the image ({key})</source>
        <extracomment>The CAM is a 6x6 map upsampled bicubically: 256 px is as smooth on screen (Qt scales it smoothly) as 512 px, at a quarter of the colour-mapping work.</extracomment>
        <translation>Mostrar sobre la imagen ({key})</translation>
    </message>
    <message>
        <source>Show over the image</source>
        <translation>Mostrar sobre la imagen</translation>
    </message>
    <message>
        <source>Show the heatmap over the image</source>
        <translation>Mostrar el mapa de calor sobre la imagen</translation>
    </message>
    <message>
        <source>Where the model looked, coloured over the image</source>
        <translation>Dónde se fijó el modelo, coloreado sobre la imagen</translation>
    </message>
    <message>
        <source>Heatmap class</source>
        <translation>Clase del mapa de calor</translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation>Colores del mapa de calor</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacidad del mapa de calor</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>the chosen class</source>
        <translation>la clase elegida</translation>
    </message>
    <message>
        <source>low → high attention for {label}</source>
        <translation>atención baja → alta para {label}</translation>
    </message>
    <message>
        <source>Colours are relative to this image&apos;s own range of attention; how likely each label is is shown by the bars, not the colours.</source>
        <translation>Los colores son relativos al rango de atención de esta imagen; la probabilidad de cada etiqueta la indican las barras, no los colores.</translation>
    </message>
    <message>
        <source>Heatmap colour scale</source>
        <translation>Escala de colores del mapa de calor</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>Case history</source>
        <translation>Historial de casos</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Checking the file of case #{id}…</source>
        <translation>Comprobando el archivo del caso n.º {id}…</translation>
    </message>
    <message>
        <source>Could not check the file: {reason}</source>
        <translation>No se pudo comprobar el archivo: {reason}</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>How a recorded agreement (stored in English: &quot;agree&quot;, &quot;disagree&quot;) is shown.</extracomment>
        <translation>de acuerdo</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>en desacuerdo</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Sin alerta</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>Fuera del uso validado</translation>
    </message>
    <message>
        <source>Audit trail OK: {count} entries verified.</source>
        <translation>Registro de auditoría correcto: {count} entradas verificadas.</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>entrada {id}</translation>
    </message>
    <message>
        <source>case #{id}</source>
        <translation>caso n.º {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>el historial de casos</translation>
    </message>
    <message>
        <source>AUDIT FAILED at {place}: {reason}. Entries before it are still trustworthy.</source>
        <translation>AUDITORÍA FALLIDA en {place}: {reason}. Las entradas anteriores siguen siendo fiables.</translation>
    </message>
    <message>
        <source>exact ID</source>
        <translation>ID exacto</translation>
    </message>
    <message>
        <source>file, model, decision, reviewer, comment…</source>
        <translation>archivo, modelo, decisión, revisor, comentario…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Opened case</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Verificar registro de auditoría</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID del paciente:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source> (the newest {limit})</source>
        <translation> (los {limit} más recientes)</translation>
    </message>
    <message>
        <source> — double-click one to open it</source>
        <translation> — haga doble clic en uno para abrirlo</translation>
    </message>
    <message>
        <source>{count} case(s){more}{hint}</source>
        <translation>{count} caso(s){more}{hint}</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>Cannot open {file}: {reason}</source>
        <translation>No se puede abrir {file}: {reason}</translation>
    </message>
    <message>
        <source>not enough memory to decode it</source>
        <translation>no hay memoria suficiente para decodificarlo</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} inesperado ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} inesperado</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files or a folder here</source>
        <translation>Abra un archivo DICOM o de imagen (Ctrl+O), o suelte aquí archivos o una carpeta</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Row {row}  Col {col}</source>
        <extracomment>Screen pixels of right-drag that sweep the whole data range.</extracomment>
        <translation>Fila {row}  Col. {col}</translation>
    </message>
    <message>
        <source>Stored {value}</source>
        <translation>Almacenado {value}</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valor {value}</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Número de fotograma</translation>
    </message>
    <message>
        <source>of {count} frames</source>
        <translation>de {count} fotogramas</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Unknown language &apos;{code}&apos;. ScanLens speaks: {codes} (or &apos;system&apos;).</source>
        <translation>Idioma desconocido «{code}». ScanLens habla: {codes} (o «system»).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Window &amp;Presets</source>
        <translation>&amp;Preajustes de ventana</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>Información de la imagen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files here.</source>
        <translation>Abra un archivo DICOM o de imagen (Ctrl+O), o suelte archivos aquí.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Looking for images in {folder}…</source>
        <translation>Buscando imágenes en {folder}…</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie ScanLens.</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {frames} frames, {decoder}</source>
        <translation>{name}: {cols}×{rows}, {frames} fotogramas, {decoder}</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {decoder}</source>
        <translation>{name}: {cols}×{rows}, {decoder}</translation>
    </message>
    <message>
        <source>No window (colour)</source>
        <translation>Sin ventana (color)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>No se encontraron imágenes compatibles en esa carpeta.</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} imágenes</translation>
    </message>
    <message>
        <source>C {center}  W {width}</source>
        <translation>C {center}  A {width}</translation>
    </message>
</context>
<context>
    <name>MetadataTable</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decodificador</translation>
    </message>
    <message>
        <source>Size (rows×cols)</source>
        <translation>Tamaño (filas×columnas)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Pixel type</source>
        <translation>Tipo de píxel</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Inverted by default</source>
        <translation>Invertida por defecto</translation>
    </message>
    <message>
        <source>VOI LUT applied</source>
        <translation>VOI LUT aplicada</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Pixel statistics</source>
        <translation>Estadísticas de píxeles</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Min</source>
        <extracomment>Names of ``pixel_stats``&apos; keys.</extracomment>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Image information</source>
        <translation>Información de la imagen</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Invertida</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilidad</translation>
    </message>
    <message>
        <source>specificity</source>
        <translation>especificidad</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>test A (held out)</source>
        <translation>prueba A (datos reservados)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} si p ≥ {threshold}</translation>
    </message>
    <message>
        <source>most likely label (argmax)</source>
        <translation>etiqueta más probable (argmax)</translation>
    </message>
    <message>
        <source>top probability below {value}</source>
        <translation>probabilidad máxima inferior a {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>seed {seed}, {augment} augmentation</source>
        <translation>semilla {seed}, aumento {augment}</translation>
    </message>
    <message>
        <source>{count} networks averaged ({members})</source>
        <translation>promedio de {count} redes ({members})</translation>
    </message>
    <message>
        <source>weights stored as float16, computed in float32</source>
        <translation>pesos almacenados en float16, cálculo en float32</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>temperatura {value}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>For images of</source>
        <translation>Para imágenes de</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Punto de funcionamiento</translation>
    </message>
    <message>
        <source>Needs review when</source>
        <translation>Requiere revisión si</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>ninguna indicada</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Uso previsto</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>Proveedores de ejecución</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Ficha del modelo</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>not analysed</source>
        <translation>no analizado</translation>
    </message>
    <message>
        <source>not in the report or exports: {path}: {reason}</source>
        <translation>no incluido en el informe ni en las exportaciones: {path}: {reason}</translation>
    </message>
    <message>
        <source>no report or export written: no image was analysed</source>
        <translation>no se escribió ningún informe ni exportación: no se analizó ninguna imagen</translation>
    </message>
    <message>
        <source>warning: {path} was not recorded in the case history: {error}</source>
        <translation>aviso: {path} no se registró en el historial de casos: {error}</translation>
    </message>
    <message>
        <source>{path} will not be exported: {error}</source>
        <translation>{path} no se exportará: {error}</translation>
    </message>
    <message>
        <source>the report was not written: {error}</source>
        <translation>no se escribió el informe: {error}</translation>
    </message>
    <message>
        <source>wrote report {path}</source>
        <translation>informe escrito: {path}</translation>
    </message>
    <message>
        <source>DICOM export failed: {error}</source>
        <translation>falló la exportación DICOM: {error}</translation>
    </message>
    <message>
        <source>warning: DICOM export: {note}</source>
        <translation>aviso: exportación DICOM: {note}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>escrito: {path}</translation>
    </message>
</context>
<context>
    <name>PacsFeature</name>
    <message>
        <source>Send to PACS</source>
        <translation>Enviar al PACS</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>&amp;PACS</source>
        <translation>&amp;PACS</translation>
    </message>
    <message>
        <source>&amp;PACS Nodes…</source>
        <translation>&amp;Nodos PACS…</translation>
    </message>
    <message>
        <source>&amp;Search and Retrieve…</source>
        <translation>&amp;Buscar y recuperar…</translation>
    </message>
    <message>
        <source>Se&amp;nd to PACS</source>
        <translation>&amp;Enviar al PACS</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Results Now</source>
        <translation>Enviar &amp;ya los resultados pendientes</translation>
    </message>
    <message>
        <source>There is no analysis on screen to send: analyse an image first.</source>
        <translation>No hay ningún análisis en pantalla que enviar: analice primero una imagen.</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action}: {reason}</translation>
    </message>
    <message>
        <source>Sending to {node}…</source>
        <translation>Enviando a {node}…</translation>
    </message>
    <message>
        <source>{action} failed: {reason}</source>
        <translation>Error en «{action}»: {reason}</translation>
    </message>
    <message>
        <source>{node} could not be reached; the results wait in the outbox and will be sent again automatically ({reason})</source>
        <translation>No se pudo contactar con {node}; los resultados esperan en la bandeja de salida y se reenviarán automáticamente ({reason})</translation>
    </message>
    <message>
        <source>Results sent to {node}</source>
        <translation>Resultados enviados a {node}</translation>
    </message>
</context>
<context>
    <name>PacsNodesDialog</name>
    <message>
        <source>PACS Nodes</source>
        <translation>Nodos PACS</translation>
    </message>
    <message>
        <source>PACS nodes</source>
        <translation>Nodos PACS</translation>
    </message>
    <message>
        <source>Use DICOM TLS</source>
        <translation>Usar DICOM TLS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Receive from the network (the nodes above may send images to us)</source>
        <translation>Recibir desde la red (los nodos de arriba pueden enviarnos imágenes)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>PACS AE title:</source>
        <translation>AE title del PACS:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Our AE title:</source>
        <translation>Nuestro AE title:</translation>
    </message>
    <message>
        <source>Save node</source>
        <translation>Guardar nodo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Listen on port:</source>
        <translation>Escuchar en el puerto:</translation>
    </message>
    <message>
        <source>Saved {node}</source>
        <translation>{node} guardado</translation>
    </message>
    <message>
        <source>Removed {node}</source>
        <translation>{node} eliminado</translation>
    </message>
    <message>
        <source>Testing {node}…</source>
        <translation>Probando {node}…</translation>
    </message>
    <message>
        <source>Connection OK: C-ECHO in {ms} ms</source>
        <translation>Conexión correcta: C-ECHO en {ms} ms</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Error de conexión: {reason}</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>AAAAMMDD o AAAAMMDD-AAAAMMDD</translation>
    </message>
    <message>
        <source>Doe* (wildcards * and ?)</source>
        <translation>García* (comodines * y ?)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Studies found</source>
        <translation>Estudios encontrados</translation>
    </message>
    <message>
        <source>Retrieve progress</source>
        <translation>Progreso de la recuperación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>Bandeja de salida: vacía</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Sin recepción</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS:</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID del paciente:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Study date:</source>
        <translation>Fecha del estudio:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>No PACS configured: add one in PACS → PACS Nodes…</source>
        <translation>No hay ningún PACS configurado: añada uno en PACS → Nodos PACS…</translation>
    </message>
    <message>
        <source>Searching {node}…</source>
        <translation>Buscando en {node}…</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Error en la búsqueda: {reason}</translation>
    </message>
    <message>
        <source>Studies found: {count}. Double-click one to retrieve and open it.</source>
        <translation>Estudios encontrados: {count}. Haga doble clic en uno para recuperarlo y abrirlo.</translation>
    </message>
    <message>
        <source>Retrieving {study}…</source>
        <translation>Recuperando {study}…</translation>
    </message>
    <message>
        <source>Retrieve failed: {reason}</source>
        <translation>Error en la recuperación: {reason}</translation>
    </message>
    <message>
        <source> ({count} could not be retrieved)</source>
        <translation> ({count} no se pudieron recuperar)</translation>
    </message>
    <message>
        <source>Cancelled after {count} image(s){failed}.</source>
        <translation>Cancelado tras {count} imagen(es){failed}.</translation>
    </message>
    <message>
        <source>Retrieved {count} image(s){failed}.</source>
        <translation>{count} imagen(es) recuperada(s){failed}.</translation>
    </message>
    <message>
        <source>Outbox: everything sent</source>
        <translation>Bandeja de salida: todo enviado</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting, {failed} failed{reason}</source>
        <translation>Bandeja de salida: {waiting} pendientes, {failed} con error{reason}</translation>
    </message>
</context>
<context>
    <name>PatientFactsBox</name>
    <message>
        <source>Patient (this image has no DICOM header)</source>
        <translation>Paciente (esta imagen no tiene cabecera DICOM)</translation>
    </message>
    <message>
        <source>e.g. 4Y, 18M, 10W, 45</source>
        <translation>p. ej., 4Y, 18M, 10W, 45</translation>
    </message>
    <message>
        <source>Patient age</source>
        <translation>Edad del paciente</translation>
    </message>
    <message>
        <source>Years, or with Y, M, W or D for years, months, weeks or days</source>
        <translation>En años, o con Y, M, W o D para años, meses, semanas o días</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>View position</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Edad:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Proyección:</translation>
    </message>
    <message>
        <source>MR sequence:</source>
        <translation>Secuencia de RM:</translation>
    </message>
    <message>
        <source>T1 post-contrast</source>
        <translation>T1 poscontraste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Secuencia de RM</translation>
    </message>
    <message>
        <source>The MR sequence of this slice, chosen or typed (e.g. FLAIR); blank if unknown</source>
        <translation>La secuencia de RM de este corte, elegida o escrita (p. ej., FLAIR); en blanco si se desconoce</translation>
    </message>
</context>
<context>
    <name>PresetCombo</name>
    <message>
        <source>Window presets (right-drag on the image to adjust)</source>
        <translation>Ventanas predefinidas (arrastre con el botón derecho sobre la imagen para ajustar)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Ventana predefinida</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>The report PDF could not be read for printing ({reason})</source>
        <translation>No se pudo leer el PDF del informe para imprimirlo ({reason})</translation>
    </message>
    <message>
        <source>QtPdf is not installed (PySide6-Addons)</source>
        <translation>QtPdf no está instalado (PySide6-Addons)</translation>
    </message>
    <message>
        <source>Printing needs a PDF renderer: {qtpdf}, and pypdfium2 is not installed</source>
        <translation>La impresión necesita un motor de renderizado PDF: {qtpdf}, y pypdfium2 no está instalado</translation>
    </message>
    <message>
        <source>The report PDF has no pages</source>
        <translation>El PDF del informe no tiene páginas</translation>
    </message>
    <message>
        <source>The printer could not be started (is it available?)</source>
        <translation>No se pudo iniciar la impresora (¿está disponible?)</translation>
    </message>
    <message>
        <source>The printer refused page {number}</source>
        <translation>La impresora rechazó la página {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveController</name>
    <message>
        <source>Receive from the network: {reason}</source>
        <translation>Recepción desde la red: {reason}</translation>
    </message>
    <message>
        <source>Receiving as {ae_title} on port {port}</source>
        <translation>Recibiendo como {ae_title} en el puerto {port}</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Sin recepción</translation>
    </message>
</context>
<context>
    <name>ReceivedList</name>
    <message>
        <source>{what} from {sender}</source>
        <translation>{what} de {sender}</translation>
    </message>
    <message>
        <source>Received studies</source>
        <translation>Estudios recibidos</translation>
    </message>
    <message>
        <source>{study} · {count} image(s)</source>
        <translation>{study} · {count} imagen(es)</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
</context>
<context>
    <name>RecordsFeature</name>
    <message>
        <source>Review</source>
        <extracomment>Actions that need a finished analysis on screen.</extracomment>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Case history: {message}</source>
        <translation>Historial de casos: {message}</translation>
    </message>
    <message>
        <source>The analysis was not recorded in the case history: {message}</source>
        <translation>El análisis no se registró en el historial de casos: {message}</translation>
    </message>
    <message>
        <source>{problem} Saving a review will try again.</source>
        <translation>{problem} Al guardar una revisión se volverá a intentar.</translation>
    </message>
    <message>
        <source>Review saved to case #{id}.</source>
        <translation>Revisión guardada en el caso n.º {id}.</translation>
    </message>
    <message>
        <source>Review saved to the case history.</source>
        <translation>Revisión guardada en el historial de casos.</translation>
    </message>
    <message>
        <source>The review was NOT saved: {message}</source>
        <translation>La revisión NO se guardó: {message}</translation>
    </message>
    <message>
        <source>{problem} Your review is kept here; press Save review to try again.</source>
        <translation>{problem} Su revisión se conserva aquí; pulse Guardar revisión para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RefusalView</name>
    <message>
        <source>No diagnostic models are installed.</source>
        <translation>No hay ningún modelo diagnóstico instalado.</translation>
    </message>
    <message>
        <source>for {kind}</source>
        <translation>para {kind}</translation>
    </message>
    <message>
        <source>input kind not stated</source>
        <translation>tipo de imagen de entrada no indicado</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>no disponible: {reason}</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Modelos instalados:</translation>
    </message>
    <message>
        <source>Not analysed — the input gate stopped this image</source>
        <translation>No analizada — el control de entrada detuvo esta imagen</translation>
    </message>
    <message>
        <source>Model to analyse with anyway</source>
        <translation>Modelo con el que analizar de todos modos</translation>
    </message>
    <message>
        <source>The result of a model on a kind of image it was not trained for is not validated; it will be marked as overridden.</source>
        <translation>El resultado de un modelo sobre un tipo de imagen para el que no se entrenó no está validado; se marcará como anulación.</translation>
    </message>
    <message>
        <source>The input gate says this looks like &lt;b&gt;{kind}&lt;/b&gt; (probability {score}).</source>
        <translation>Según el control de entrada, esta imagen parece &lt;b&gt;{kind}&lt;/b&gt; (probabilidad {score}).</translation>
    </message>
    <message>
        <source>The input gate could not run.</source>
        <translation>No se pudo ejecutar el control de entrada.</translation>
    </message>
    <message>
        <source>Analyse anyway with {model}</source>
        <translation>Analizar de todos modos con {model}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{value} (low)</source>
        <extracomment>Longest side, in pixels, of an image embedded in the PDF (about 300 dpi at the size it is shown).</extracomment>
        <translation>{value} (baja)</translation>
    </message>
    <message>
        <source>(high) {value}</source>
        <translation>(alta) {value}</translation>
    </message>
    <message>
        <source>{label} · colour map: {name}</source>
        <translation>{label} · mapa de color: {name}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>red line: operating threshold {threshold} for {label}</source>
        <translation>línea roja: umbral operativo {threshold} para {label}</translation>
    </message>
    <message>
        <source>operating point: the label with the highest probability</source>
        <translation>punto de operación: la etiqueta con la mayor probabilidad</translation>
    </message>
    <message>
        <source>shaded: review band {low}–{high}</source>
        <translation>sombreado: banda de revisión {low}–{high}</translation>
    </message>
    <message>
        <source>dark bar: the model&apos;s result</source>
        <translation>barra oscura: el resultado del modelo</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>Patient name</source>
        <extracomment>Patient/study keys the report shows, in order, with their labels (English; shown translated). Keys follow ``LoadedImage.metadata``.</extracomment>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Región anatómica</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Secuencia de RM</translation>
    </message>
    <message>
        <source>Image {index}</source>
        <extracomment>Removed when de-identifying, after the DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile (action Z/X/U for these attributes). Sex and study date are kept, as the profile&apos;s &quot;Retain Patient Characteristics&quot; and &quot;Retain Longitudinal Temporal Information (Full Dates)&quot; options allow, because reading the result needs them. The source file name is hidden too: file names often carry the patient&apos;s name or ID.</extracomment>
        <translation>Imagen {index}</translation>
    </message>
    <message>
        <source>AI-assisted image analysis report</source>
        <translation>Informe de análisis de imagen asistido por IA</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Generado el {time}</translation>
    </message>
    <message>
        <source>De-identified report</source>
        <translation>Informe anonimizado</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Analysis of {name}</source>
        <translation>Análisis de {name}</translation>
    </message>
    <message>
        <source>image {index} of {total}</source>
        <translation>imagen {index} de {total}</translation>
    </message>
    <message>
        <source>Probability per label</source>
        <translation>Probabilidad por etiqueta</translation>
    </message>
    <message>
        <source>OUTSIDE VALIDATED USE</source>
        <translation>FUERA DEL USO VALIDADO</translation>
    </message>
    <message>
        <source>This image is outside what the model was validated for; its result may be wrong even when it looks certain. A clinician must review this image before the result is used.</source>
        <translation>Esta imagen está fuera de aquello para lo que se validó el modelo; su resultado puede ser erróneo aunque parezca seguro. Un clínico debe revisar esta imagen antes de usar el resultado.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUIERE REVISIÓN</translation>
    </message>
    <message>
        <source>A clinician must review this image before the result is used.</source>
        <translation>Un clínico debe revisar esta imagen antes de usar el resultado.</translation>
    </message>
    <message>
        <source>AI RESULT</source>
        <translation>RESULTADO DE IA</translation>
    </message>
    <message>
        <source>Inside the model&apos;s validated use and not flagged as uncertain. A clinician still makes the diagnosis.</source>
        <translation>Dentro del uso validado del modelo y no marcado como incierto. El diagnóstico sigue correspondiendo a un clínico.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it; it was scored anyway at the user&apos;s request.</source>
        <translation>El control de entrada tomó esta imagen por «{kind}» y la rechazó; se analizó de todos modos a petición del usuario.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it.</source>
        <translation>El control de entrada tomó esta imagen por «{kind}» y la rechazó.</translation>
    </message>
    <message>
        <source>Image as analysed. No heatmap overlay for this image.</source>
        <translation>Imagen tal como se analizó. No hay mapa de calor para esta imagen.</translation>
    </message>
    <message>
        <source>Heatmap overlay: where the model looked — not a lesion outline</source>
        <translation>Mapa de calor: dónde miró el modelo — no es el contorno de una lesión</translation>
    </message>
    <message>
        <source>Image as analysed</source>
        <translation>Imagen tal como se analizó</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model sha256</source>
        <translation>sha256 del modelo</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Proveedor de ejecución</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Punto de operación</translation>
    </message>
    <message>
        <source>Input check (gate)</source>
        <translation>Control de entrada</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} si p ≥ {threshold}</translation>
    </message>
    <message>
        <source>highest probability (argmax)</source>
        <translation>probabilidad más alta (argmax)</translation>
    </message>
    <message>
        <source>review if {low}–{high}</source>
        <translation>revisión si {low}–{high}</translation>
    </message>
    <message>
        <source>review if top p &lt; {cutoff}</source>
        <translation>revisión si p máx. &lt; {cutoff}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>No input check was run</source>
        <translation>No se realizó ningún control de entrada</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>refused by the gate — scored anyway at the user&apos;s request (override)</source>
        <translation>rechazada por el control — analizada de todos modos a petición del usuario (anulación)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Tipo de imagen</translation>
    </message>
    <message>
        <source>Gate score</source>
        <translation>Puntuación del control</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Agrees with the AI result</source>
        <translation>De acuerdo con el resultado de la IA</translation>
    </message>
    <message>
        <source>Disagrees with the AI result</source>
        <translation>En desacuerdo con el resultado de la IA</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Reviewer&apos;s opinion</source>
        <translation>Opinión del revisor</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Informe generado el</translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation>Revisión clínica</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>{count} images analysed</source>
        <translation>{count} imágenes analizadas</translation>
    </message>
    <message>
        <source>{count} need review</source>
        <translation>{count} requieren revisión</translation>
    </message>
    <message>
        <source>generated {time}</source>
        <translation>generado el {time}</translation>
    </message>
    <message>
        <source>Probability is the model&apos;s probability of the result shown. Each image has its own page after this one.</source>
        <translation>La probabilidad es la que el modelo asigna al resultado mostrado. Cada imagen tiene su propia página después de esta.</translation>
    </message>
    <message>
        <source>Summary of analysed images</source>
        <translation>Resumen de las imágenes analizadas</translation>
    </message>
    <message>
        <source>reviewer agrees</source>
        <translation>el revisor está de acuerdo</translation>
    </message>
    <message>
        <source>reviewer disagrees</source>
        <translation>el revisor no está de acuerdo</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis.</source>
        <translation>Asistencia de IA, no un diagnóstico.</translation>
    </message>
    <message>
        <source>The result, probabilities and heatmap in this report were produced by a machine-learning model and can be wrong. They support, and do not replace, the judgement of a qualified clinician, who makes the diagnosis. Do not use this report as the sole basis for a diagnosis or treatment decision.</source>
        <translation>El resultado, las probabilidades y el mapa de calor de este informe los ha producido un modelo de aprendizaje automático y pueden ser erróneos. Apoyan, sin sustituirlo, el juicio de un clínico cualificado, que es quien establece el diagnóstico. No utilice este informe como única base para un diagnóstico o una decisión terapéutica.</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis</source>
        <translation>Asistencia de IA, no un diagnóstico</translation>
    </message>
    <message>
        <source>Not stated in the model card.</source>
        <translation>No indicado en la ficha del modelo.</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Uso previsto:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Limitaciones:</translation>
    </message>
    <message>
        <source>not stated in the model card.</source>
        <translation>no indicadas en la ficha del modelo.</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>Datos de entrenamiento:</translation>
    </message>
    <message>
        <source>ScanLens AI-assisted image analysis report</source>
        <translation>Informe de ScanLens de análisis de imagen asistido por IA</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>Error en «{what}»: {reason}</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} inesperado ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} inesperado</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Patient name</source>
        <extracomment>(metadata key, label, choices or None for free text) of the fields typed for a non-DICOM image.</extracomment>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Secuencia de RM</translation>
    </message>
    <message>
        <source>{text} is not a valid date (YYYY-MM-DD)</source>
        <translation>{text} no es una fecha válida (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>De-identify (remove the patient&apos;s name, ID, birth date and file name)</source>
        <translation>Desidentificar (quitar el nombre, el ID y la fecha de nacimiento del paciente y el nombre del archivo)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>From the DICOM header.</source>
        <translation>Tomado de la cabecera DICOM.</translation>
    </message>
    <message>
        <source>This image has no DICOM header: type the patient and study details (all optional).</source>
        <translation>Esta imagen no tiene cabecera DICOM: escriba los datos del paciente y del estudio (todos opcionales).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>Export Report (PDF)…</source>
        <translation>Exportar informe (PDF)…</translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <source>Export to PACS Folder (DICOM)…</source>
        <translation>Exportar a carpeta PACS (DICOM)…</translation>
    </message>
    <message>
        <source>There is no analysis on screen to report: analyse an image first.</source>
        <translation>No hay ningún análisis en pantalla para el informe: analice primero una imagen.</translation>
    </message>
    <message>
        <source>{what}…</source>
        <translation>{what}…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <source>Prepare the report for printing</source>
        <translation>Preparar el informe para imprimir</translation>
    </message>
    <message>
        <source>ScanLens report</source>
        <translation>Informe de ScanLens</translation>
    </message>
    <message>
        <source>Print failed: {reason}</source>
        <translation>Error de impresión: {reason}</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} página(s) enviada(s) a la impresora.</translation>
    </message>
    <message>
        <source>Print Preview — ScanLens report</source>
        <translation>Vista previa de impresión — informe de ScanLens</translation>
    </message>
    <message>
        <source>Export to PACS folder</source>
        <translation>Exportar a carpeta PACS</translation>
    </message>
    <message>
        <source>DICOM export</source>
        <translation>Exportación DICOM</translation>
    </message>
    <message>
        <source>Exported {count} DICOM file(s) to {folder}</source>
        <translation>{count} archivo(s) DICOM exportado(s) a {folder}</translation>
    </message>
    <message>
        <source>{message}. Warning: {warnings}</source>
        <translation>{message}. Advertencia: {warnings}</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>The logo file does not exist.</source>
        <translation>El archivo del logotipo no existe.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image that can be read.</source>
        <translation>El logotipo no es una imagen PNG o JPEG legible.</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>Configuración del informe</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Example</source>
        <translation>p. ej., Dr. A. Ejemplo</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>Se imprime en el encabezado de cada página</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nombre del &amp;revisor:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>&amp;Logotipo de la clínica:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logotipo de la clínica</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>⚠ NEEDS REVIEW — the model is uncertain. This is not a confident answer.</source>
        <translation>⚠ REQUIERE REVISIÓN — el modelo no está seguro. No es una respuesta fiable.</translation>
    </message>
    <message>
        <source>Input gate: not run</source>
        <extracomment>Amber: an uncertain result. Deep red: a result outside the model&apos;s validated use. Text drawn straight on the panel (the window colour): an overridden input gate.</extracomment>
        <translation>Control de entrada: no ejecutado</translation>
    </message>
    <message>
        <source>looks like {kind} ({score})</source>
        <translation>parece {kind} ({score})</translation>
    </message>
    <message>
        <source>⚠ Input gate overridden by user — the gate says this {looks}; the model was not validated on it.</source>
        <translation>⚠ Control de entrada anulado por el usuario — según el control, esta imagen {looks}; el modelo no se validó con este tipo de imagen.</translation>
    </message>
    <message>
        <source>Input gate: {looks} — matches the model</source>
        <translation>Control de entrada: {looks} — coincide con el modelo</translation>
    </message>
    <message>
        <source>Input gate: {looks} — not accepted</source>
        <translation>Control de entrada: {looks} — no aceptada</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}{timing}</source>
        <translation>Modelo {model} {version} · sha256 {sha} · {provider}{timing}</translation>
    </message>
    <message>
        <source>⚠ OUTSIDE VALIDATED USE — {reasons}. The result may be wrong even if it looks certain.</source>
        <translation>⚠ FUERA DEL USO VALIDADO — {reasons}. El resultado puede ser erróneo aunque parezca seguro.</translation>
    </message>
    <message>
        <source>Decision support only: confirm with a qualified reader.</source>
        <translation>Solo apoyo a la decisión: confírmelo con un lector cualificado.</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>Fuera del uso validado</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>No analysed case: analyse an image, or open a case from the case history.</source>
        <translation>Ningún caso analizado: analice una imagen o abra un caso del historial de casos.</translation>
    </message>
    <message>
        <source>Your name (remembered)</source>
        <translation>Su nombre (se recuerda)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Your opinion of the AI result</source>
        <translation>Su opinión sobre el resultado de la IA</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Comentario de la revisión</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Revisor:</translation>
    </message>
    <message>
        <source>AI result:</source>
        <translation>Resultado de la IA:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Type your name to save a review</source>
        <translation>Escriba su nombre para guardar una revisión</translation>
    </message>
    <message>
        <source>Record this review in the case history (audited)</source>
        <translation>Registrar esta revisión en el historial de casos (auditado)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>{name} &apos;{value}&apos; not usable</source>
        <extracomment>unit as written (DICOM AS uses D/W/M/Y; people write more) -&gt; years per unit; no unit means years.</extracomment>
        <translation>{name} &apos;{value}&apos; no utilizable</translation>
    </message>
    <message>
        <source>{birth} does not fit {date}</source>
        <translation>{birth} no concuerda con {date}</translation>
    </message>
    <message>
        <source>{birth} without a study date</source>
        <translation>{birth} sin fecha de estudio</translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} años</translation>
    </message>
    <message>
        <source>typed {view}</source>
        <extracomment>Localizer / scout images, named in ImageType (LOCALIZER) or by vendors in the series description: Siemens &quot;Topogram&quot;, &quot;localizer&quot;, &quot;AAHead_Scout&quot;; Philips &quot;Surview&quot;, &quot;Survey&quot;; GE &quot;3-Plane Loc&quot;, &quot;Tri-Pilot&quot;; Toshiba &quot;Scanogram&quot;. A skeletal survey is a radiographic study, not a localizer. metadata keys of the free text that may name a sequence, a view or a localizer, with their DICOM names. ... and those that may name the body part when BodyPartExamined is empty (many devices leave it so). Words that name a body part in such text (normalised; DICOM CID 4031 terms and common abbreviations). Words that are also other things are left out: FACE (SURFACE coil), CERVICAL/THORACIC/LUMBAR (spine or organ), LAT/AP (views).</extracomment>
        <translation>introducido {view}</translation>
    </message>
    <message>
        <source>modality unknown</source>
        <extracomment>Words a BodyPartExamined may carry besides the body part (&quot;CHEST PA&quot;, &quot;PORT CHEST&quot;, &quot;CHEST_2_VIEWS&quot;).</extracomment>
        <translation>modalidad desconocida</translation>
    </message>
    <message>
        <source>modality unknown ({modality})</source>
        <translation>modalidad desconocida ({modality})</translation>
    </message>
    <message>
        <source>modality {modality} — validated {validated}</source>
        <translation>modalidad {modality} — validado para {validated}</translation>
    </message>
    <message>
        <source>body part unknown</source>
        <translation>región anatómica desconocida</translation>
    </message>
    <message>
        <source>body part unknown ({part})</source>
        <translation>región anatómica desconocida ({part})</translation>
    </message>
    <message>
        <source>body part {part} — validated {validated}</source>
        <translation>región anatómica {part} — validado para {validated}</translation>
    </message>
    <message>
        <source>localizer image ({evidence})</source>
        <translation>imagen de localización ({evidence})</translation>
    </message>
    <message>
        <source>view unknown</source>
        <translation>proyección desconocida</translation>
    </message>
    <message>
        <source>lateral view ({evidence})</source>
        <translation>proyección lateral ({evidence})</translation>
    </message>
    <message>
        <source>decubitus view ({evidence})</source>
        <translation>proyección en decúbito ({evidence})</translation>
    </message>
    <message>
        <source>oblique view ({evidence})</source>
        <translation>proyección oblicua ({evidence})</translation>
    </message>
    <message>
        <source>view not {validated} ({evidence})</source>
        <translation>proyección distinta de {validated} ({evidence})</translation>
    </message>
    <message>
        <source>sequence unknown</source>
        <translation>secuencia desconocida</translation>
    </message>
    <message>
        <source>sequence {names} — validated {validated}</source>
        <translation>secuencia {names} — validado para {validated}</translation>
    </message>
    <message>
        <source>age unknown ({note})</source>
        <translation>edad desconocida ({note})</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>edad desconocida</translation>
    </message>
    <message>
        <source>age {age} — validated {range}</source>
        <translation>edad {age} — validado para {range}</translation>
    </message>
    <message>
        <source>Outside validated use: {reasons}</source>
        <translation>Fuera del uso validado: {reasons}</translation>
    </message>
    <message>
        <source>unlike the images this model was trained on (shift {score} &gt; {threshold})</source>
        <translation>distinta de las imágenes con las que se entrenó este modelo (desviación {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} named on an image unlike this model&apos;s training images of it (score {score} &gt; {threshold})</source>
        <translation>{finding} indicado en una imagen distinta de las imágenes de entrenamiento de este modelo para ese hallazgo (puntuación {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>skull not checked (no head outline found)</source>
        <translation>cráneo no comprobado (no se encontró el contorno de la cabeza)</translation>
    </message>
    <message>
        <source>the model is uncertain about this image</source>
        <translation>el modelo no está seguro sobre esta imagen</translation>
    </message>
    <message>
        <source>Not checked: {unknowns}</source>
        <translation>No verificado: {unknowns}</translation>
    </message>
    <message>
        <source>skull-stripped slice (validated on slices with the skull; score {score} &lt; {threshold})</source>
        <translation>corte sin cráneo (modelo validado en cortes con el cráneo; puntuación {score} &lt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} called on a markedly asymmetric slice (asymmetry {score} &gt; {threshold}): a tumour may be missed</source>
        <translation>{finding} indicado en un corte claramente asimétrico (asimetría {score} &gt; {threshold}): puede pasarse por alto un tumor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic — a GPU when one is usable, else the CPU</source>
        <translation>Automático — una GPU si hay alguna utilizable; si no, la CPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>GPU (falls back to the CPU, with a note, when none is usable)</source>
        <translation>GPU (recurre a la CPU, con un aviso, si no hay ninguna utilizable)</translation>
    </message>
    <message>
        <source>Analysis Settings</source>
        <translation>Configuración del análisis</translation>
    </message>
    <message>
        <source>Analyse &amp;automatically when an image is opened</source>
        <translation>Analizar &amp;automáticamente al abrir una imagen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Execution &amp;device:</source>
        <translation>&amp;Dispositivo de ejecución:</translation>
    </message>
    <message>
        <source>Your &amp;models folder:</source>
        <translation>Su carpeta de &amp;modelos:</translation>
    </message>
    <message>
        <source>Model packs (&lt;id&gt;.onnx with its &lt;id&gt;.json card) in this folder are offered next to the shipped models. Changing the device or folder reloads the models on the next analysis.</source>
        <translation>Los paquetes de modelos (&lt;id&gt;.onnx con su ficha &lt;id&gt;.json) de esta carpeta se ofrecen junto a los modelos incluidos. Cambiar el dispositivo o la carpeta recarga los modelos en el próximo análisis.</translation>
    </message>
    <message>
        <source>Folder with model packs</source>
        <translation>Carpeta con paquetes de modelos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls, Space or Enter presses the focused button, Alt with the underlined letter opens a menu, Escape closes a dialog.</source>
        <translation>Tab y Mayús+Tab pasan de un control a otro, Espacio o Intro pulsa el botón enfocado, Alt con la letra subrayada abre un menú, Esc cierra un cuadro de diálogo.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Mostrar todos los atajos de teclado</translation>
    </message>
</context>
<context>
    <name>StoredCase</name>
    <message>
        <source>no file</source>
        <translation>sin archivo</translation>
    </message>
    <message>
        <source>Case #{id} (from the history) — {file}: {decision}</source>
        <translation>Caso n.º {id} (del historial) — {file}: {decision}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>The images of the folder; arrow keys or Page Up/Down move between them</source>
        <translation>Las imágenes de la carpeta; las flechas o Re Pág/Av Pág pasan de una a otra</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Soft tissue</source>
        <extracomment>Common CT windows (center, width in HU), offered when the image is in Hounsfield units. Their names are shown translated (window_controls.window_name); the file&apos;s own presets keep their names.</extracomment>
        <translation>Tejidos blandos</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmón</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Cerebro</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastino</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Hígado</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Full range</source>
        <extracomment>The imaging core&apos;s own window names (desktop_app.imaging.render), translated where shown.</extracomment>
        <translation>Rango completo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
</context>
</TS>
