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
        <source>&amp;Previous Image</source>
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
</TS>
