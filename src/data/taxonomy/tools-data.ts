// Tools, part 2: data, machine-learning, database and statistics software. Each product a
// posting names by itself has its own entry: a Redis user does not "match" a posting that asks
// for Elasticsearch, and the keyword shown is the one the posting asked for.
import type { TaxonomyEntryInput } from '../schema.ts';

const DATA = ['data-analytics', 'data-science', 'statistics', 'data-engineering'];

export const dataTools: TaxonomyEntryInput[] = [
  {
    id: 'pandas', label: 'pandas (Python library)', category: 'tool', stem: false,
    aliases: ['pandas'],
    guards: { requireNear: ['python', 'numpy', 'data', 'dataframe', 'dataframes', 'jupyter', 'scipy', 'matplotlib', 'analysis', 'library', 'libraries'], window: 8, appliesTo: ['pandas'] },
    typicalFor: [...DATA, 'machine-learning'],
    examples: { positive: ['Data analysis in Python with pandas and NumPy.'], negative: ['Giant pandas live in China.', 'Arrays in NumPy.'] },
  },
  // The scientific-Python libraries are named one by one in postings, so each is its own keyword.
  {
    id: 'numpy', label: 'NumPy', category: 'tool', stem: false,
    typicalFor: [...DATA, 'machine-learning'],
    examples: { positive: ['Arrays in NumPy.'], negative: ['Data analysis in Python with pandas.'] },
  },
  {
    id: 'scipy', label: 'SciPy', category: 'tool', stem: false,
    typicalFor: [...DATA, 'physics', 'mathematics'],
    examples: { positive: ['Optimisation with SciPy.'], negative: ['Arrays in NumPy.'] },
  },
  {
    id: 'polars', label: 'Polars (dataframes)', category: 'tool', stem: false,
    caseSensitive: ['Polars'],
    guards: { requireNear: ['python', 'pandas', 'rust', 'dataframe', 'dataframes', 'data', 'library', 'arrow'], window: 8, appliesTo: ['Polars'] },
    typicalFor: [...DATA],
    examples: { positive: ['Dataframes in pandas or Polars.'], negative: ['Polars and bears in the Arctic documentary.'] },
  },
  {
    id: 'matplotlib', label: 'Matplotlib', category: 'tool', stem: false,
    typicalFor: [...DATA],
    examples: { positive: ['Charts in Matplotlib.'], negative: ['Charts in seaborn.'] },
  },
  {
    id: 'seaborn', label: 'seaborn (Python plotting)', category: 'tool', stem: false,
    aliases: ['seaborn'],
    guards: { requireNear: ['python', 'matplotlib', 'pandas', 'plots', 'plot', 'plotting', 'charts', 'visualization', 'visualisation', 'data'], window: 8, appliesTo: ['seaborn'] },
    typicalFor: [...DATA],
    examples: { positive: ['Charts in seaborn and Matplotlib.'], negative: ['A seaborn sailor told the tale.'] },
  },
  {
    id: 'scikit-learn', label: 'scikit-learn', category: 'tool', stem: false,
    aliases: ['sklearn', 'scikit learn'],
    typicalFor: ['data-science', 'machine-learning'],
    examples: { positive: ['Models in scikit-learn and XGBoost.'], negative: ['Learn new skills on the job.', 'Gradient boosting in XGBoost.'] },
  },
  {
    id: 'xgboost', label: 'XGBoost', category: 'tool', stem: false,
    typicalFor: ['data-science', 'machine-learning'],
    examples: { positive: ['Gradient boosting in XGBoost.'], negative: ['Gradient boosting in LightGBM.'] },
  },
  {
    id: 'lightgbm', label: 'LightGBM', category: 'tool', stem: false,
    typicalFor: ['data-science', 'machine-learning'],
    examples: { positive: ['Gradient boosting in LightGBM.'], negative: ['Gradient boosting in XGBoost.'] },
  },
  {
    id: 'pytorch', label: 'PyTorch', category: 'tool', stem: false,
    aliases: ['Torch', 'PyTorch Lightning'],
    caseSensitive: [],
    guards: { requireNear: ['pytorch', 'tensorflow', 'python', 'deep', 'learning', 'models', 'model', 'neural', 'gpu', 'training', 'ml'], window: 6, appliesTo: ['Torch'] },
    typicalFor: ['machine-learning', 'data-science'],
    examples: { positive: ['Deep learning with PyTorch.'], negative: ['Carry the torch for quality.', 'Deep learning in JAX.'] },
  },
  {
    id: 'jax', label: 'JAX (machine learning)', category: 'tool', stem: false,
    aliases: ['Google JAX'],
    caseSensitive: ['JAX'],
    guards: { requireNear: ['pytorch', 'tensorflow', 'python', 'deep', 'learning', 'models', 'model', 'neural', 'gpu', 'tpu', 'training', 'ml', 'numpy', 'flax'], window: 6, appliesTo: ['JAX'] },
    typicalFor: ['machine-learning'],
    examples: { positive: ['Deep learning in JAX.', 'Experience with PyTorch or JAX.'], negative: ['Flights to JAX airport.'] },
  },
  {
    id: 'tensorflow', label: 'TensorFlow', category: 'tool', stem: false,
    aliases: ['TF2'],
    typicalFor: ['machine-learning', 'data-science'],
    examples: { positive: ['TensorFlow and Keras models.'], negative: ['Tension in the team is rare.', 'Models in Keras.'] },
  },
  {
    // Keras runs on JAX and PyTorch too: it is named on its own and does not stand for TensorFlow.
    id: 'keras', label: 'Keras', category: 'tool', stem: false,
    typicalFor: ['machine-learning', 'data-science'],
    examples: { positive: ['Models in Keras.'], negative: ['Models in TensorFlow.'] },
  },
  {
    id: 'hugging-face', label: 'Hugging Face', category: 'tool', stem: false,
    aliases: ['HuggingFace', 'Hugging Face Transformers', 'Hugging Face Hub'],
    typicalFor: ['machine-learning', 'generative-ai', 'software-engineering'],
    examples: { positive: ['Experience with Hugging Face and LangChain.'], negative: ['Face-to-face interviews are not needed.', 'Agents built with LangChain.'] },
  },
  // LLM application tooling: each framework, API and technique is named separately in postings.
  {
    id: 'langchain', label: 'LangChain', category: 'tool', stem: false,
    aliases: ['LangGraph'],
    typicalFor: ['machine-learning', 'generative-ai', 'software-engineering'],
    examples: { positive: ['Agents built with LangChain.'], negative: ['Chains of thought in answers.'] },
  },
  {
    id: 'llamaindex', label: 'LlamaIndex', category: 'tool', stem: false,
    aliases: ['Llama Index'],
    typicalFor: ['machine-learning', 'generative-ai'],
    examples: { positive: ['Retrieval with LlamaIndex.'], negative: ['Prompts for Llama 3.'] },
  },
  {
    id: 'openai-api', label: 'OpenAI API', category: 'tool', stem: false,
    aliases: ['OpenAI APIs', 'OpenAI SDK'],
    typicalFor: ['machine-learning', 'generative-ai', 'software-engineering'],
    examples: { positive: ['Apps built on the OpenAI API.'], negative: ['Apps built with LangChain.'] },
  },
  {
    id: 'vector-databases', label: 'Vector databases', category: 'tool', stem: false,
    aliases: ['vector database', 'vector DB', 'vector DBs', 'vector store', 'vector stores'],
    typicalFor: ['machine-learning', 'generative-ai', 'data-engineering'],
    examples: { positive: ['Embeddings in a vector database.'], negative: ['Vector graphics for the logo.'] },
  },
  {
    id: 'rag', label: 'Retrieval-augmented generation (RAG)', category: 'skill',
    aliases: ['retrieval-augmented generation', 'retrieval augmented generation', 'RAG pipelines', 'RAG pipeline', 'RAG systems'],
    typicalFor: ['machine-learning', 'generative-ai'],
    examples: { positive: ['Built RAG pipelines.', 'Retrieval-augmented generation experience.'], negative: ['Embeddings in a vector database.'] },
  },
  {
    id: 'jupyter', label: 'Jupyter', category: 'tool', stem: false,
    aliases: ['Jupyter Notebook', 'Jupyter notebooks', 'JupyterLab', 'IPython'],
    typicalFor: [...DATA, 'machine-learning', 'academic-research'],
    examples: { positive: ['Analyses in Jupyter notebooks or Colab.'], negative: ['Keep a notebook of your hours.', 'Notebooks in Google Colab.'] },
  },
  {
    id: 'colab', label: 'Google Colab', category: 'tool', stem: false,
    aliases: ['Colab', 'Colaboratory'],
    typicalFor: [...DATA, 'machine-learning'],
    examples: { positive: ['Notebooks in Google Colab.'], negative: ['Analyses in Jupyter notebooks.'] },
  },
  // ── Data platforms ───────────────────────────────────────────────────────────────────────
  {
    id: 'spark', label: 'Apache Spark', category: 'tool', stem: false,
    aliases: ['PySpark', 'Spark SQL'],
    caseSensitive: ['Spark'],
    guards: { requireNear: ['data', 'hadoop', 'scala', 'python', 'sql', 'pipelines', 'pipeline', 'etl', 'databricks', 'big', 'distributed', 'kafka', 'airflow', 'jobs'], window: 8, appliesTo: ['Spark'] },
    typicalFor: ['data-engineering', 'data-science'],
    examples: { positive: ['Big data pipelines in Spark and Scala.', 'PySpark experience.'], negative: ['Spark joy in your daily tasks.', 'Clusters on Apache Hadoop.'] },
  },
  {
    id: 'hadoop', label: 'Apache Hadoop', category: 'tool', stem: false,
    aliases: ['Hadoop', 'HDFS'],
    typicalFor: ['data-engineering'],
    examples: { positive: ['Clusters on Apache Hadoop.'], negative: ['Big data pipelines in Spark.'] },
  },
  {
    id: 'hive', label: 'Apache Hive', category: 'tool', stem: false,
    aliases: ['HiveQL'],
    caseSensitive: ['Hive'],
    guards: { requireNear: ['data', 'hadoop', 'scala', 'python', 'sql', 'pipelines', 'pipeline', 'etl', 'databricks', 'big', 'distributed', 'kafka', 'airflow', 'jobs', 'spark', 'presto'], window: 8, appliesTo: ['Hive'] },
    typicalFor: ['data-engineering'],
    examples: { positive: ['SQL on Hive and Spark.'], negative: ['Our team is a hive of activity.'] },
  },
  {
    id: 'databricks', label: 'Databricks', category: 'tool', stem: false,
    aliases: ['Delta Lake'],
    typicalFor: ['data-engineering', 'data-science'],
    examples: { positive: ['Experience with Databricks.'], negative: ['Data bricks and mortar stores.'] },
  },
  {
    id: 'snowflake', label: 'Snowflake (data warehouse)', category: 'tool', stem: false,
    aliases: ['Snowflake data warehouse'],
    caseSensitive: ['Snowflake'],
    guards: { requireNear: ['sql', 'data', 'warehouse', 'dbt', 'bigquery', 'redshift', 'databricks', 'etl', 'analytics', 'cloud'], window: 8, appliesTo: ['Snowflake'] },
    typicalFor: ['data-engineering', 'data-analytics'],
    examples: { positive: ['SQL on Snowflake and BigQuery.'], negative: ['Snowflake patterns in winter photos.'] },
  },
  {
    id: 'bigquery', label: 'BigQuery', category: 'tool', stem: false,
    aliases: ['Google BigQuery'],
    typicalFor: ['data-engineering', 'data-analytics'],
    examples: { positive: ['Warehouse queries in BigQuery.'], negative: ['Big queries about pay go to support.', 'Warehouse in Amazon Redshift.'] },
  },
  {
    id: 'redshift', label: 'Amazon Redshift', category: 'tool', stem: false,
    aliases: ['Redshift', 'AWS Redshift'],
    guards: { requireNear: ['sql', 'aws', 'warehouse', 'data', 'bigquery', 'snowflake', 'etl', 'analytics', 'databases'], window: 8, appliesTo: ['Redshift'] },
    typicalFor: ['data-engineering', 'data-analytics'],
    examples: { positive: ['Warehouse in Amazon Redshift.', 'SQL on Redshift.'], negative: ['Galaxy redshift surveys in astronomy.'] },
  },
  {
    id: 'synapse', label: 'Azure Synapse Analytics', category: 'tool', stem: false,
    aliases: ['Synapse Analytics', 'Azure Synapse'],
    typicalFor: ['data-engineering', 'data-analytics'],
    examples: { positive: ['Pipelines in Azure Synapse.'], negative: ['Each synapse in the brain.'] },
  },
  {
    id: 'dbt', label: 'dbt (data build tool)', category: 'tool', stem: false,
    aliases: ['data build tool', 'dbt Cloud', 'dbt Core'],
    caseSensitive: ['dbt'],
    typicalFor: ['data-engineering', 'data-analytics'],
    examples: { positive: ['Transform data with dbt and SQL.'], negative: ['DBT skills group for therapy clients.'] },
  },
  {
    id: 'airflow', label: 'Apache Airflow', category: 'tool', stem: false,
    caseSensitive: ['Airflow'],
    typicalFor: ['data-engineering'],
    examples: { positive: ['Orchestration with Airflow.'], negative: ['Good airflow in the room.', 'Orchestration with Dagster.'] },
  },
  {
    id: 'dagster', label: 'Dagster', category: 'tool', stem: false,
    typicalFor: ['data-engineering'],
    examples: { positive: ['Orchestration with Dagster.'], negative: ['Orchestration with Airflow.'] },
  },
  {
    id: 'prefect', label: 'Prefect (workflow orchestration)', category: 'tool', stem: false,
    caseSensitive: ['Prefect'],
    guards: { requireNear: ['airflow', 'dagster', 'orchestration', 'pipelines', 'pipeline', 'data', 'workflow', 'workflows', 'python', 'etl'], window: 8, appliesTo: ['Prefect'] },
    typicalFor: ['data-engineering'],
    examples: { positive: ['Data pipelines in Airflow or Prefect.'], negative: ['The Prefect of the school gave a speech.'] },
  },
  {
    id: 'kafka', label: 'Apache Kafka', category: 'tool', stem: false,
    aliases: ['Kafka'],
    guards: { notPrecededBy: ['franz'], appliesTo: ['Kafka'] },
    typicalFor: ['data-engineering', 'backend'],
    examples: { positive: ['Streaming with Kafka.'], negative: ['Essays on Franz Kafka novels.', 'Queues in RabbitMQ.'] },
  },
  {
    id: 'rabbitmq', label: 'RabbitMQ', category: 'tool', stem: false,
    aliases: ['Rabbit MQ'],
    typicalFor: ['backend'],
    examples: { positive: ['Queues in RabbitMQ.'], negative: ['Streaming with Kafka.'] },
  },
  {
    id: 'kinesis', label: 'Amazon Kinesis', category: 'tool', stem: false,
    aliases: ['Kinesis', 'AWS Kinesis', 'Kinesis Data Streams'],
    guards: { requireNear: ['aws', 'amazon', 'kafka', 'streaming', 'stream', 'streams', 'data', 'firehose', 'pipelines', 'real-time', 'lambda'], window: 8, appliesTo: ['Kinesis'] },
    implies: ['aws'],
    typicalFor: ['data-engineering'],
    examples: { positive: ['Streaming data with Kafka or Kinesis.'], negative: ['Kinesis of cells under a microscope.'] },
  },
  {
    id: 'postgresql', label: 'PostgreSQL', category: 'tool', stem: false,
    aliases: ['Postgres', 'psql'],
    typicalFor: ['backend', 'data-engineering', 'database-administration'],
    examples: { positive: ['Schemas in PostgreSQL.'], negative: ['Post your questions in the forum.'] },
  },
  {
    id: 'mysql', label: 'MySQL', category: 'tool', stem: false,
    aliases: ['My SQL database'],
    typicalFor: ['backend', 'database-administration'],
    examples: { positive: ['MySQL and SQL Server administration.'], negative: ['My SQL skills are basic.', 'SQL Server administration.'] },
  },
  // Relational databases named by product: a MySQL user does not thereby know SQL Server.
  {
    id: 'mariadb', label: 'MariaDB', category: 'tool', stem: false,
    typicalFor: ['backend', 'database-administration'],
    examples: { positive: ['MariaDB replication.'], negative: ['MySQL replication.'] },
  },
  {
    id: 'sqlite', label: 'SQLite', category: 'tool', stem: false,
    typicalFor: ['backend', 'mobile-development'],
    examples: { positive: ['Local storage in SQLite.'], negative: ['SQL skills are basic.'] },
  },
  {
    id: 'sql-server', label: 'Microsoft SQL Server', category: 'tool', stem: false,
    aliases: ['SQL Server', 'MS SQL Server', 'MSSQL', 'MS SQL'],
    typicalFor: ['backend', 'database-administration', 'data-analytics'],
    examples: { positive: ['MySQL and SQL Server administration.'], negative: ['My SQL skills are basic.', 'Serve SQL answers quickly.'] },
  },
  {
    id: 'oracle-db', label: 'Oracle Database', category: 'tool', stem: false,
    aliases: ['Oracle DB', 'Oracle SQL', 'Oracle PL/SQL'],
    typicalFor: ['database-administration', 'backend'],
    examples: { positive: ['Oracle Database administration.'], negative: ['The oracle of Delphi.', 'Oracle Financials for month-end close.'] },
  },
  {
    // Oracle's business suite, not its database: accountants use it, DBAs administer the other.
    id: 'oracle-erp', label: 'Oracle ERP (Financials, Fusion)', category: 'tool', stem: false,
    aliases: ['Oracle ERP', 'Oracle Financials', 'Oracle Fusion', 'Oracle Fusion Cloud', 'Oracle E-Business Suite', 'Oracle EBS'],
    implies: ['erp-systems'],
    typicalFor: ['accounting', 'finance'],
    examples: { positive: ['Oracle Financials for month-end close.'], negative: ['Oracle Database administration.'] },
  },
  {
    id: 'mongodb', label: 'MongoDB', category: 'tool', stem: false,
    aliases: ['Mongo', 'Mongo DB'],
    implies: ['nosql'],
    typicalFor: ['backend', 'data-engineering'],
    examples: { positive: ['NoSQL stores like MongoDB or Redis.'], negative: ['Relational SQL only.', 'Caching in Redis.'] },
  },
  {
    // The family as postings name it ("NoSQL databases"); each product below implies it.
    id: 'nosql', label: 'NoSQL databases', category: 'tool', stem: false,
    aliases: ['NoSQL', 'NoSQL database'],
    typicalFor: ['backend', 'data-engineering'],
    examples: { positive: ['Experience with NoSQL databases.'], negative: ['Relational SQL only.'] },
  },
  {
    id: 'dynamodb', label: 'Amazon DynamoDB', category: 'tool', stem: false,
    aliases: ['DynamoDB', 'Dynamo DB'],
    implies: ['nosql', 'aws'],
    typicalFor: ['backend'],
    examples: { positive: ['Tables in DynamoDB.'], negative: ['Tables in MongoDB.'] },
  },
  {
    id: 'redis', label: 'Redis', category: 'tool', stem: false,
    implies: ['nosql'],
    typicalFor: ['backend'],
    examples: { positive: ['Caching in Redis.'], negative: ['Caching in MongoDB.'] },
  },
  {
    id: 'elasticsearch', label: 'Elasticsearch', category: 'tool', stem: false,
    aliases: ['ELK stack'],
    caseSensitive: ['Elastic Search', 'ElasticSearch'],
    typicalFor: ['backend', 'data-engineering'],
    examples: { positive: ['Search built on Elasticsearch.'], negative: ['An elastic search for candidates.'] },
  },
  // ── Analytics & statistics ───────────────────────────────────────────────────────────────
  {
    id: 'tableau', label: 'Tableau', category: 'tool', stem: false,
    aliases: ['Tableau Desktop', 'Tableau Server'],
    typicalFor: ['data-analytics', 'business-analysis', 'finance'],
    examples: { positive: ['Dashboards in Tableau.'], negative: ['Set the table before dinner.'] },
  },
  {
    id: 'power-bi', label: 'Power BI', category: 'tool', stem: false,
    aliases: ['PowerBI', 'Microsoft Power BI', 'DAX', 'Power Query'],
    typicalFor: ['data-analytics', 'business-analysis', 'finance', 'fp-and-a'],
    examples: { positive: ['Reports in Power BI with DAX.'], negative: ['Power through your tasks.'] },
  },
  {
    id: 'looker', label: 'Looker', category: 'tool', stem: false,
    aliases: ['LookML'],
    guards: { notFollowedBy: ['studio'], appliesTo: ['Looker'] },
    typicalFor: ['data-analytics'],
    examples: { positive: ['Looker and LookML experience.'], negative: ['Look at the answer again.', 'Reports in Looker Studio.'] },
  },
  {
    // Google's free report builder (once Data Studio), a different product from Looker.
    id: 'looker-studio', label: 'Looker Studio (Google Data Studio)', category: 'tool', stem: false,
    aliases: ['Looker Studio', 'Google Data Studio', 'Data Studio'],
    typicalFor: ['data-analytics', 'digital-marketing'],
    examples: { positive: ['Reports in Looker Studio.', 'Dashboards in Google Data Studio.'], negative: ['Looker and LookML experience.'] },
  },
  {
    id: 'qlik', label: 'Qlik', category: 'tool', stem: false,
    aliases: ['QlikView', 'Qlik Sense'],
    typicalFor: ['data-analytics'],
    examples: { positive: ['Qlik Sense or Alteryx workflows.'], negative: ['Click submit when done.', 'Alteryx workflows.'] },
  },
  {
    id: 'microstrategy', label: 'MicroStrategy', category: 'tool', stem: false,
    typicalFor: ['data-analytics'],
    examples: { positive: ['Reports in MicroStrategy.'], negative: ['A micro strategy for the week.'] },
  },
  {
    id: 'alteryx', label: 'Alteryx', category: 'tool', stem: false,
    typicalFor: ['data-analytics'],
    examples: { positive: ['Qlik Sense or Alteryx workflows.'], negative: ['Qlik Sense workflows.'] },
  },
  {
    id: 'knime', label: 'KNIME', category: 'tool', stem: false,
    typicalFor: ['data-analytics', 'data-science'],
    examples: { positive: ['Workflows in KNIME.'], negative: ['Workflows in Alteryx.'] },
  },
  {
    id: 'sas', label: 'SAS (statistical software)', category: 'tool', stem: false,
    aliases: ['SAS programming', 'Base SAS', 'SAS/STAT', 'SAS Enterprise Guide', 'SAS Viya', 'SAS programmer'],
    caseSensitive: ['SAS'],
    guards: { notFollowedBy: ['token', 'tokens', 'drive', 'drives', 'url', 'urls', 'airlines', 'flight', 'soldier', 'soldiers'], appliesTo: ['SAS'] },
    typicalFor: ['statistics', 'public-health', 'clinical-research', 'data-analytics', 'economics'],
    examples: {
      positive: ['Statistical programming in SAS or R.', 'Base SAS certification.'],
      negative: ['She sas the answer was fine.', 'Generate a SAS token for Azure storage.'],
    },
  },
  {
    id: 'spss', label: 'SPSS', category: 'tool', stem: false,
    aliases: ['IBM SPSS', 'SPSS Statistics'],
    typicalFor: ['psychology', 'social-sciences', 'statistics', 'market-research'],
    examples: { positive: ['Analyses in SPSS.'], negative: ['Statistics homework help.'] },
  },
  {
    id: 'stata', label: 'Stata', category: 'tool', stem: false,
    aliases: ['STATA', 'Stata/MP', 'Stata/SE'],
    typicalFor: ['economics', 'public-health', 'statistics', 'social-sciences'],
    examples: { positive: ['Econometrics in Stata.'], negative: ['State your hourly rate.', 'The data in each table.'] },
  },
  {
    id: 'minitab', label: 'Minitab', category: 'tool', stem: false,
    typicalFor: ['statistics', 'manufacturing'],
    examples: { positive: ['Statistics in Minitab or GraphPad Prism.'], negative: ['Minimum two hours per week.', 'Statistics in JMP.'] },
  },
  // Statistics packages are each their own skill on a resume.
  {
    id: 'jmp', label: 'JMP (statistical software)', category: 'tool', stem: false,
    aliases: ['JMP Pro'],
    caseSensitive: ['JMP'],
    guards: { requireNear: ['statistics', 'statistical', 'minitab', 'sas', 'spss', 'r', 'data', 'analysis', 'software', 'doe', 'stata', 'graphpad'], window: 8, appliesTo: ['JMP'] },
    typicalFor: ['statistics', 'manufacturing'],
    examples: { positive: ['Statistics in JMP.', 'Minitab or JMP for data analysis.'], negative: ['The JMP instruction in assembly code.'] },
  },
  {
    id: 'graphpad-prism', label: 'GraphPad Prism', category: 'tool', stem: false,
    aliases: ['GraphPad'],
    typicalFor: ['statistics', 'biology'],
    examples: { positive: ['Statistics in Minitab or GraphPad Prism.'], negative: ['Statistics in Minitab.'] },
  },
  {
    id: 'eviews', label: 'EViews', category: 'tool', stem: false,
    typicalFor: ['economics', 'statistics'],
    examples: { positive: ['Time series in EViews.'], negative: ['Time series in Stata.'] },
  },
  {
    id: 'rstudio', label: 'RStudio', category: 'tool', stem: false,
    aliases: ['Posit', 'RStudio IDE', 'Shiny'],
    caseSensitive: [],
    guards: { requireNear: ['r', 'rstudio', 'shiny', 'statistics', 'data', 'tidyverse', 'dashboards', 'apps', 'python'], window: 6, appliesTo: ['Posit', 'Shiny'] },
    typicalFor: ['statistics', 'data-science', 'economics'],
    examples: { positive: ['Analysis in RStudio.'], negative: ['We posit that answer B is better.'] },
  },
  {
    id: 'mathematica', label: 'Mathematica', category: 'tool', stem: false,
    aliases: ['Wolfram Mathematica', 'Wolfram Language'],
    typicalFor: ['mathematics', 'physics'],
    examples: { positive: ['Symbolic math in Mathematica or Maple.'], negative: ['Symbolic math in SageMath.'] },
  },
  {
    id: 'maple', label: 'Maple (math software)', category: 'tool', stem: false,
    aliases: ['Maplesoft Maple'],
    caseSensitive: ['Maple'],
    guards: { requireNear: ['mathematica', 'matlab', 'math', 'mathematics', 'symbolic', 'software', 'computation', 'sagemath'], window: 6, appliesTo: ['Maple'] },
    typicalFor: ['mathematics', 'physics'],
    examples: { positive: ['Symbolic math in Mathematica or Maple.'], negative: ['Maple syrup from Vermont.'] },
  },
  {
    id: 'sagemath', label: 'SageMath', category: 'tool', stem: false,
    typicalFor: ['mathematics'],
    examples: { positive: ['Symbolic math in SageMath.'], negative: ['Sage advice for new raters.'] },
  },
  {
    id: 'nvivo', label: 'NVivo', category: 'tool', stem: false,
    typicalFor: ['social-sciences', 'psychology', 'academic-research'],
    examples: { positive: ['Qualitative coding in NVivo or MAXQDA.'], negative: ['Vivid descriptions help.', 'Qualitative coding in MAXQDA.'] },
  },
  // Qualitative-analysis packages, each named by itself in research postings.
  {
    id: 'atlas-ti', label: 'ATLAS.ti', category: 'tool', stem: false,
    typicalFor: ['social-sciences', 'psychology', 'academic-research'],
    examples: { positive: ['Interview coding in ATLAS.ti.'], negative: ['A world atlas of rivers.'] },
  },
  {
    id: 'maxqda', label: 'MAXQDA', category: 'tool', stem: false,
    typicalFor: ['social-sciences', 'psychology', 'academic-research'],
    examples: { positive: ['Qualitative coding in MAXQDA.'], negative: ['Qualitative coding in NVivo.'] },
  },
  {
    id: 'dedoose', label: 'Dedoose', category: 'tool', stem: false,
    typicalFor: ['social-sciences', 'academic-research'],
    examples: { positive: ['Mixed-methods coding in Dedoose.'], negative: ['Mixed-methods coding in NVivo.'] },
  },
  {
    id: 'qualtrics', label: 'Qualtrics', category: 'tool', stem: false,
    typicalFor: ['market-research', 'psychology', 'social-sciences', 'clinical-research'],
    examples: { positive: ['Surveys in Qualtrics or REDCap.'], negative: ['Quality over quantity.', 'Surveys in SurveyMonkey.'] },
  },
  // Survey tools: a Qualtrics user is not thereby a REDCap user (a clinical-data system).
  {
    id: 'surveymonkey', label: 'SurveyMonkey', category: 'tool', stem: false,
    aliases: ['Survey Monkey'],
    typicalFor: ['market-research', 'social-sciences'],
    examples: { positive: ['Surveys in SurveyMonkey.'], negative: ['Surveys in Qualtrics.'] },
  },
  {
    id: 'google-forms', label: 'Google Forms', category: 'tool', stem: false,
    typicalFor: ['market-research', 'education'],
    examples: { positive: ['Quizzes in Google Forms.'], negative: ['Fill in the tax forms.'] },
  },
  {
    id: 'typeform', label: 'Typeform', category: 'tool', stem: false,
    typicalFor: ['market-research'],
    examples: { positive: ['Surveys in Typeform.'], negative: ['Type the form number.'] },
  },
  {
    id: 'redcap', label: 'REDCap', category: 'tool', stem: false,
    aliases: ['Research Electronic Data Capture'],
    typicalFor: ['clinical-research', 'public-health'],
    examples: { positive: ['Surveys in Qualtrics or REDCap.'], negative: ['Surveys in Qualtrics.', 'A red cap for the team.'] },
  },
];
