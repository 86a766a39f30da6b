<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader.</source>
        <translation>Assistente de radiologia offline. Não é um dispositivo médico: todo achado deve ser confirmado por um leitor qualificado.</translation>
    </message>
    <message>
        <source>(cannot read {name}: {reason})</source>
        <translation>(não é possível ler {name}: {reason})</translation>
    </message>
    <message>
        <source>{package} ships no license file; its metadata says: {license}</source>
        <translation>{package} não inclui arquivo de licença; seus metadados indicam: {license}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software de terceiros</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copiar detalhes da versão</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Licenciado sob Apache-2.0.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
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
        <translation>Modelos instalados (o hash do arquivo é verificado antes de cada modelo ser carregado):</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>indisponível: {reason}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>models: {ids}</source>
        <translation>modelos: {ids}</translation>
    </message>
    <message>
        <source>No model with a training data citation is installed.</source>
        <translation>Nenhum modelo instalado cita seus dados de treinamento.</translation>
    </message>
    <message>
        <source>Data sets the models were trained on</source>
        <translation>Conjuntos de dados usados no treinamento dos modelos</translation>
    </message>
    <message>
        <source>Bundled fonts, images and test files</source>
        <translation>Fontes, imagens e arquivos de teste incluídos</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open File(s)…</source>
        <translation>&amp;Abrir arquivo(s)…</translation>
    </message>
    <message>
        <source>Open DICOM or image files</source>
        <translation>Abrir arquivos DICOM ou de imagem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;pasta…</translation>
    </message>
    <message>
        <source>Browse the images in a folder</source>
        <translation>Navegar pelas imagens de uma pasta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Próxima i&amp;magem</translation>
    </message>
    <message>
        <source>Next image in the strip</source>
        <translation>Próxima imagem da faixa</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Imagem a&amp;nterior</translation>
    </message>
    <message>
        <source>Previous image in the strip</source>
        <translation>Imagem anterior da faixa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>Mostrar a imagem inteira na janela</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Um pixel da imagem por pixel da tela</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Aumentar &amp;zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Diminuir z&amp;oom</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Girar para a &amp;esquerda</translation>
    </message>
    <message>
        <source>Rotate 90° counter-clockwise</source>
        <translation>Girar 90° no sentido anti-horário</translation>
    </message>
    <message>
        <source>⟲ Rotate</source>
        <translation>⟲ Girar</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Girar para a &amp;direita</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Girar 90° no sentido horário</translation>
    </message>
    <message>
        <source>⟳ Rotate</source>
        <translation>⟳ Girar</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontal</source>
        <translation>Espelhar &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Mirror left ↔ right</source>
        <translation>Espelhar esquerda ↔ direita</translation>
    </message>
    <message>
        <source>↔ Flip</source>
        <translation>↔ Espelhar</translation>
    </message>
    <message>
        <source>Flip &amp;Vertical</source>
        <translation>Espelhar &amp;verticalmente</translation>
    </message>
    <message>
        <source>Mirror top ↕ bottom</source>
        <translation>Espelhar cima ↕ baixo</translation>
    </message>
    <message>
        <source>↕ Flip</source>
        <translation>↕ Espelhar</translation>
    </message>
    <message>
        <source>R&amp;eset View</source>
        <translation>R&amp;edefinir a visualização</translation>
    </message>
    <message>
        <source>Reset window, inversion, rotation and zoom</source>
        <translation>Redefinir janela, inversão, rotação e zoom</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Tela c&amp;heia</translation>
    </message>
    <message>
        <source>&amp;Auto Window</source>
        <translation>Janela &amp;automática</translation>
    </message>
    <message>
        <source>Window from the image histogram (0.5–99.5 %)</source>
        <translation>Janela a partir do histograma da imagem (0,5–99,5 %)</translation>
    </message>
    <message>
        <source>Auto W/L</source>
        <translation>Janela auto</translation>
    </message>
    <message>
        <source>&amp;Default Window</source>
        <translation>Janela &amp;padrão</translation>
    </message>
    <message>
        <source>The file&apos;s own window, else the full range</source>
        <translation>A janela do próprio arquivo; caso contrário, o intervalo completo</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverter</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>Inverter os níveis de cinza</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>Next F&amp;rame</source>
        <translation>Próximo &amp;quadro</translation>
    </message>
    <message>
        <source>Previous Fra&amp;me</source>
        <translation>Quadro a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;About ScanLens</source>
        <translation>&amp;Sobre o ScanLens</translation>
    </message>
    <message>
        <source>&amp;Analyse Image</source>
        <translation>&amp;Analisar a imagem</translation>
    </message>
    <message>
        <source>Run the AI analysis on the image on screen</source>
        <translation>Executar a análise por IA da imagem na tela</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analisar</translation>
    </message>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>Mostrar &amp;mapa de calor</translation>
    </message>
    <message>
        <source>Show where the model looked</source>
        <translation>Mostrar onde o modelo se concentrou</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Analyse F&amp;older…</source>
        <translation>Analisar uma p&amp;asta…</translation>
    </message>
    <message>
        <source>Triage every image in a folder (batch)</source>
        <translation>Triar todas as imagens de uma pasta (lote)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Installed AI models, their cards and execution devices</source>
        <translation>Modelos de IA instalados, suas fichas e os dispositivos de execução</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Execution device, automatic analysis, models folder</source>
        <translation>Dispositivo de execução, análise automática, pasta de modelos</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>&amp;Exportar relatório (PDF)…</translation>
    </message>
    <message>
        <source>Write the PDF report of the result on screen</source>
        <translation>Salvar o relatório PDF do resultado na tela</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir relatório…</translation>
    </message>
    <message>
        <source>Print the report of the result on screen</source>
        <translation>Imprimir o relatório do resultado na tela</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Visualizar impressão…</translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation>Visualizar o relatório impresso</translation>
    </message>
    <message>
        <source>Export to PACS Fol&amp;der (DICOM)…</source>
        <translation>Exportar para pasta &amp;PACS (DICOM)…</translation>
    </message>
    <message>
        <source>Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder</source>
        <translation>Salvar o resultado como DICOM Secondary Capture + PDF encapsulado em uma pasta</translation>
    </message>
    <message>
        <source>Case &amp;History</source>
        <translation>&amp;Histórico de casos</translation>
    </message>
    <message>
        <source>Past cases, their reviews and the audit trail</source>
        <translation>Casos anteriores, suas revisões e a trilha de auditoria</translation>
    </message>
    <message>
        <source>Report Se&amp;ttings…</source>
        <translation>Configurações do re&amp;latório…</translation>
    </message>
    <message>
        <source>Reviewer name, clinic name and logo, page size</source>
        <translation>Nome do revisor, nome e logotipo da clínica, tamanho da página</translation>
    </message>
    <message>
        <source>&amp;Language and Text Size…</source>
        <translation>&amp;Idioma e tamanho do texto…</translation>
    </message>
    <message>
        <source>Interface language (after a restart) and text size</source>
        <translation>Idioma da interface (após reiniciar) e tamanho do texto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Imagem</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
</context>
<context>
    <name>CliAnalyze</name>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
    <message>
        <source>{file}: not analysed: {reason}</source>
        <translation>{file}: não analisado: {reason}</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>nenhum arquivo de imagem encontrado</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>{path}: audit log intact, {entries} entries; head {head}</source>
        <translation>{path}: registro de auditoria íntegro, {entries} entradas; topo {head}</translation>
    </message>
    <message>
        <source>Keep the head hash elsewhere to detect later truncation of the newest entries.</source>
        <translation>Guarde o hash do topo em outro lugar para detectar um truncamento posterior das entradas mais recentes.</translation>
    </message>
    <message>
        <source>audit entry {id}</source>
        <translation>entrada de auditoria {id}</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>caso {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>o histórico de casos</translation>
    </message>
    <message>
        <source>{path}: AUDIT FAILED at {place}: {reason}</source>
        <translation>{path}: FALHA NA AUDITORIA em {place}: {reason}</translation>
    </message>
    <message>
        <source>Entries before that point are still trustworthy; later ones are not.</source>
        <translation>As entradas anteriores a esse ponto continuam confiáveis; as posteriores não.</translation>
    </message>
</context>
<context>
    <name>CliCaseHistory</name>
    <message>
        <source>there is no case history at {path}</source>
        <translation>não há histórico de casos em {path}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>commands from {module} are unavailable: {error}</source>
        <translation>os comandos de {module} não estão disponíveis: {error}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erro inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or ISO date-time</source>
        <translation>{text} não é uma data (YYYY-MM-DD) nem uma data e hora ISO</translation>
    </message>
    <message>
        <source>{count} case(s)</source>
        <translation>{count} caso(s)</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
</context>
<context>
    <name>CliInfo</name>
    <message>
        <source>refused: {reason}</source>
        <translation>recusado: {reason}</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colorida</translation>
    </message>
    <message>
        <source>monochrome</source>
        <translation>monocromática</translation>
    </message>
    <message>
        <source>{format} via {decoder}: {frames} frame(s), {columns}x{rows} {kind}</source>
        <translation>{format} via {decoder}: {frames} quadro(s), {columns}x{rows} {kind}</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name}), inverted</source>
        <translation>janela: centro {center} largura {width} ({name}), invertida</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name})</source>
        <translation>janela: centro {center} largura {width} ({name})</translation>
    </message>
    <message>
        <source>pixels: min {min} max {max} mean {mean}</source>
        <translation>pixels: mín. {min} máx. {max} média {mean}</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>nome do paciente</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalidade</translation>
    </message>
    <message>
        <source>study date</source>
        <translation>data do estudo</translation>
    </message>
    <message>
        <source>body part</source>
        <translation>região anatômica</translation>
    </message>
    <message>
        <source>transfer syntax</source>
        <translation>sintaxe de transferência</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <source>UNAVAILABLE: {reason}</source>
        <translation>INDISPONÍVEL: {reason}</translation>
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
        <translation>substituído: {node}</translation>
    </message>
    <message>
        <source>added {node}</source>
        <translation>adicionado: {node}</translation>
    </message>
    <message>
        <source>removed {node}</source>
        <translation>removido: {node}</translation>
    </message>
    <message>
        <source>{name}: C-ECHO ok in {ms} ms ({ae}@{host}:{port})</source>
        <translation>{name}: C-ECHO bem-sucedido em {ms} ms ({ae}@{host}:{port})</translation>
    </message>
    <message>
        <source>1 study found</source>
        <translation>1 estudo encontrado</translation>
    </message>
    <message>
        <source>{count} studies found</source>
        <translation>{count} estudos encontrados</translation>
    </message>
    <message>
        <source>retrieved {count} instance(s) of {study} into {folder}</source>
        <translation>{count} instância(s) de {study} recuperada(s) em {folder}</translation>
    </message>
    <message>
        <source>{count} refused or failed</source>
        <translation>{count} recusada(s) ou com falha</translation>
    </message>
    <message>
        <source>{path}: already in the outbox for {node}</source>
        <translation>{path}: já está na caixa de saída para {node}</translation>
    </message>
    <message>
        <source>tries {count}</source>
        <translation>tentativas {count}</translation>
    </message>
    <message>
        <source>still waiting: {uid} for {node}: {error}</source>
        <translation>ainda aguardando: {uid} para {node}: {error}</translation>
    </message>
</context>
<context>
    <name>CliReceive</name>
    <message>
        <source>{path}: not analysed: {reason}</source>
        <translation>{path}: não analisado: {reason}</translation>
    </message>
    <message>
        <source>{path}: {decision} (case {case})</source>
        <translation>{path}: {decision} (caso {case})</translation>
    </message>
    <message>
        <source>{path}: {decision} — not recorded in the case history: {error}</source>
        <translation>{path}: {decision} — não registrado no histórico de casos: {error}</translation>
    </message>
    <message>
        <source>listening as {ae} on {address}:{port}, storing into {folder}</source>
        <translation>escutando como {ae} em {address}:{port}, salvando em {folder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>received {path} from {ae}@{host}</source>
        <translation>recebido {path} de {ae}@{host}</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <source>the window width must be a positive number</source>
        <translation>a largura da janela deve ser um número positivo</translation>
    </message>
    <message>
        <source>frame {frame} does not exist (the image has {count} frame(s))</source>
        <translation>o quadro {frame} não existe (a imagem tem {count} quadro(s))</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>não é possível gravar {path}: {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({width}x{height})</source>
        <translation>gravado {path} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>CliSelfTest</name>
    <message>
        <source>{app} {version} self-test ({install})</source>
        <translation>{app} {version} autoteste ({install})</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{app} hit {count} unexpected errors (latest: {error}).</source>
        <translation>O {app} encontrou {count} erros inesperados (último: {error}).</translation>
    </message>
    <message>
        <source>{app} — unexpected error</source>
        <translation>{app} — erro inesperado</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error ({error}). It keeps running, but the last action may not have completed.</source>
        <translation>O {app} encontrou um erro inesperado ({error}). Ele continua em execução, mas a última ação pode não ter sido concluída.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Os detalhes foram gravados em {path}</translation>
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
        <translation>Maior (150 %)</translation>
    </message>
    <message>
        <source>Language and Text Size</source>
        <translation>Idioma e tamanho do texto</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>O novo idioma será usado na próxima vez que o ScanLens for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Unknown language &apos;{code}&apos;. ScanLens speaks: {codes} (or &apos;system&apos;).</source>
        <translation>Idioma desconhecido &apos;{code}&apos;. O ScanLens fala: {codes} (ou &apos;system&apos;).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Window &amp;Presets</source>
        <translation>&amp;Predefinições de janela</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>Informações da imagem</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files here.</source>
        <translation>Abra um arquivo DICOM ou de imagem (Ctrl+O) ou solte arquivos aqui.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}%</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>Looking for images in {folder}…</source>
        <translation>Procurando imagens em {folder}…</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Abrir imagens</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>O novo idioma será usado na próxima vez que o ScanLens for iniciado.</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {frames} frames, {decoder}</source>
        <translation>{name}: {cols}×{rows}, {frames} quadros, {decoder}</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {decoder}</source>
        <translation>{name}: {cols}×{rows}, {decoder}</translation>
    </message>
    <message>
        <source>No window (colour)</source>
        <translation>Sem janela (colorida)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>Nenhuma imagem compatível encontrada nessa pasta.</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} imagens</translation>
    </message>
    <message>
        <source>C {center}  W {width}</source>
        <translation>C {center}  L {width}</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Limpar arquivos recentes</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>The logo file does not exist.</source>
        <translation>O arquivo do logotipo não existe.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image that can be read.</source>
        <translation>O logotipo não é uma imagem PNG ou JPEG legível.</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>Configurações do relatório</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Example</source>
        <translation>ex.: Dr. A. Exemplo</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>Impresso no cabeçalho de cada página</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nome do &amp;revisor:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nome da clínica:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>Logo&amp;tipo da clínica:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Ta&amp;manho da página:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logotipo da clínica</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic — a GPU when one is usable, else the CPU</source>
        <translation>Automático — uma GPU quando houver uma utilizável; caso contrário, a CPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Somente CPU</translation>
    </message>
    <message>
        <source>GPU (falls back to the CPU, with a note, when none is usable)</source>
        <translation>GPU (recorre à CPU, com um aviso, quando nenhuma é utilizável)</translation>
    </message>
    <message>
        <source>Analysis Settings</source>
        <translation>Configurações de análise</translation>
    </message>
    <message>
        <source>Analyse &amp;automatically when an image is opened</source>
        <translation>Analisar &amp;automaticamente ao abrir uma imagem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Execution &amp;device:</source>
        <translation>&amp;Dispositivo de execução:</translation>
    </message>
    <message>
        <source>Your &amp;models folder:</source>
        <translation>Sua pasta de &amp;modelos:</translation>
    </message>
    <message>
        <source>Model packs (&lt;id&gt;.onnx with its &lt;id&gt;.json card) in this folder are offered next to the shipped models. Changing the device or folder reloads the models on the next analysis.</source>
        <translation>Os pacotes de modelos (&lt;id&gt;.onnx com sua ficha &lt;id&gt;.json) desta pasta são oferecidos ao lado dos modelos incluídos. Alterar o dispositivo ou a pasta recarrega os modelos na próxima análise.</translation>
    </message>
    <message>
        <source>Folder with model packs</source>
        <translation>Pasta com pacotes de modelos</translation>
    </message>
</context>
</TS>
